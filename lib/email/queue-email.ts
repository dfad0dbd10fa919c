import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailLink } from "./email-links";
import type { RenderedEmail } from "./templates/compose";

// Subject, text and HTML come from a template in lib/email/templates (never written inline).
// An e-mail with a secret link is rendered with `linkTokenSlot` in the token's place and
// names the link in `link`; the token is made when it is sent (./email-links.ts).
export type OutgoingEmail = { dedupeKey: string; to: string; link?: EmailLink } & RenderedEmail;

// Writes to the outbox, in the caller's transaction when given one. The same
// dedupeKey twice is a no-op, so a retried job or a double click sends once.
export async function queueEmail(email: OutgoingEmail, tx: Prisma.TransactionClient = db) {
  const link = email.link;
  // ON CONFLICT DO NOTHING: safe when two instances queue the same e-mail at once.
  const { count } = await tx.email.createMany({
    data: [{ dedupeKey: email.dedupeKey, to: email.to, subject: email.subject, text: email.text, html: email.html, linkKind: link?.kind, linkRef: link && "ref" in link ? link.ref : null }],
    skipDuplicates: true,
  });
  return count > 0;
}

import { db } from "@/lib/db";
import { env, isDemo } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RenderedEmail } from "./templates/compose";

// Subject, text and HTML come from a template in lib/email/templates (never written inline).
export type OutgoingEmail = { dedupeKey: string; to: string } & RenderedEmail;

// Writes to the outbox, in the caller's transaction when given one. The same
// dedupeKey twice is a no-op, so a retried job or a double click sends once.
export async function queueEmail(email: OutgoingEmail, tx: Prisma.TransactionClient = db) {
  // ON CONFLICT DO NOTHING: safe when two instances queue the same e-mail at once.
  const { count } = await tx.email.createMany({
    data: [{ dedupeKey: email.dedupeKey, to: email.to, subject: email.subject, text: email.text, html: email.html }],
    skipDuplicates: true,
  });
  // The development outbox prints what was written, once: a re-queued duplicate is not news.
  if (count > 0) printToDevelopmentLog(email);
  return count > 0;
}

export function printToDevelopmentLog(email: OutgoingEmail) {
  if (env.SMTP_URL || !isDemo) return;
  console.info(`[outbox] to ${email.to}: ${email.subject}\n${email.text}\n`);
}

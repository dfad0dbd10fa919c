import { appUrl } from "@/lib/env";
import { queueEmail } from "@/lib/email/queue-email";
import { dinnerCancelledEmail } from "@/lib/email/templates/dinner-cancelled";
import { dinnerChangedEmail } from "@/lib/email/templates/dinner-changed";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mapUrl } from "./map-url";

type ChangedDinner = { id: string; programmeId: string; startsAt: Date; venueName: string; venueAddress: string; sequence: number };

// Tells every active member who answered yes or maybe, in their own language, inside the
// caller's transaction. The dedupe key names the dinner's new sequence, so a retry sends once.
export async function queueDinnerChangeEmails(
  tx: Prisma.TransactionClient,
  kind: "changed" | "cancelled",
  dinner: ChangedDinner,
  programme: { name: string; timeZone: string },
  // What it was before a change, so the e-mail says what changed from what.
  previous?: { startsAt: Date; venueName: string; venueAddress: string },
) {
  const recipients = await tx.rsvp.findMany({
    where: { dinnerId: dinner.id, response: { in: ["YES", "MAYBE"] }, membership: { leftAt: null } },
    select: { membershipId: true, membership: { select: { person: { select: { name: true, email: true, locale: true } } } } },
  });
  const link = `${appUrl()}/programmes/${dinner.programmeId}/dinners/${dinner.id}`;
  for (const recipient of recipients) {
    const person = recipient.membership.person;
    const details = {
      name: person.name,
      programme: programme.name,
      startsAt: dinner.startsAt,
      timeZone: programme.timeZone,
      venueName: dinner.venueName,
      venueAddress: dinner.venueAddress,
      link,
    };
    const email = kind === "changed" ? await dinnerChangedEmail({ ...details, mapUrl: mapUrl(dinner.venueAddress), previous }, person.locale) : await dinnerCancelledEmail(details, person.locale);
    await queueEmail({ dedupeKey: `dinner-${kind}:${dinner.id}:${dinner.sequence}:${recipient.membershipId}`, to: person.email, ...email }, tx);
  }
  return recipients.length;
}

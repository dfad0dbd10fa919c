import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { db } from "@/lib/db";
import { queueEmail, type OutgoingEmail } from "@/lib/email/queue-email";
import { dinnerReminderEmail } from "@/lib/email/templates/dinner-reminder";
import { appUrl } from "@/lib/env";
import { storeAnswerLink } from "@/lib/dinners/answer-links";
import { hashOfNoToken, linkTokenSlot } from "@/lib/email/email-links";

// The longest reminder lead time a programme can choose (see reminderDayChoices).
const LOOKAHEAD_DAYS = 31;

export function reminderDedupeKey(dinnerId: string, membershipId: string, days: number) {
  return `reminder:${dinnerId}:${membershipId}:${days}`;
}

// Which reminder of a dinner is due now: of the lead times already passed, the
// closest to the dinner. A reminder missed while the app was down is still sent
// once (its key is new); an older one that was overtaken by a nearer one is skipped.
export function dueReminderDays(startsAt: Date, reminderDaysBefore: number[], now: Date): number | null {
  const passed = reminderDaysBefore.filter((days) => days > 0 && addDays(startsAt, -days) <= now);
  return passed.length ? Math.min(...passed) : null;
}

// System job (no viewer: it runs in the worker for every programme). Queues one
// e-mail per member per due reminder; the dedupeKey makes re-runs and concurrent
// runs on several instances harmless. Three queries, then one transaction.
export async function queueDueReminders(now = new Date()): Promise<number> {
  const dinners = await db.dinner.findMany({
    where: { status: "PLANNED", startsAt: { gt: now, lte: addDays(now, LOOKAHEAD_DAYS) }, programme: { reminderDaysBefore: { isEmpty: false } } },
    select: {
      id: true,
      programmeId: true,
      startsAt: true,
      venueName: true,
      venueAddress: true,
      guestNotes: true,
      programme: { select: { name: true, timeZone: true, reminderDaysBefore: true } },
    },
  });
  const due = dinners.flatMap((dinner) => {
    const days = dueReminderDays(dinner.startsAt, dinner.programme.reminderDaysBefore, now);
    return days === null ? [] : [{ dinner, days }];
  });
  if (due.length === 0) return 0;

  const programmeIds = [...new Set(due.map((d) => d.dinner.programmeId))];
  const [members, rsvps] = await Promise.all([
    db.membership.findMany({
      where: { programmeId: { in: programmeIds }, leftAt: null },
      select: { id: true, programmeId: true, person: { select: { name: true, email: true, locale: true } } },
    }),
    db.rsvp.findMany({
      where: { dinnerId: { in: due.map((d) => d.dinner.id) } },
      select: { dinnerId: true, membershipId: true, response: true },
    }),
  ]);
  const answerOf = new Map(rsvps.map((r) => [`${r.dinnerId}:${r.membershipId}`, r.response]));

  // Each e-mail carries its own answer link (issue 14): stored only if the e-mail is new, with
  // its token made when the e-mail is sent (lib/email/email-links.ts).
  const emails: (OutgoingEmail & { answerLink: { id: string; tokenHash: string; dinnerId: string; membershipId: string; expiresAt: Date } })[] = [];
  for (const { dinner, days } of due) {
    for (const member of members.filter((m) => m.programmeId === dinner.programmeId)) {
      const answer = answerOf.get(`${dinner.id}:${member.id}`) ?? null;
      if (answer === "NO") continue;
      const answerLinkId = randomUUID();
      const email = await dinnerReminderEmail(
        {
          name: member.person.name,
          programme: dinner.programme.name,
          startsAt: dinner.startsAt,
          timeZone: dinner.programme.timeZone,
          venueName: dinner.venueName,
          venueAddress: dinner.venueAddress,
          guestNotes: dinner.guestNotes,
          answer,
          link: `${appUrl()}/answer/${linkTokenSlot}`,
        },
        member.person.locale,
      );
      emails.push({
        dedupeKey: reminderDedupeKey(dinner.id, member.id, days),
        to: member.person.email,
        link: { kind: "dinner-answer", ref: answerLinkId },
        ...email,
        answerLink: { id: answerLinkId, tokenHash: hashOfNoToken(), dinnerId: dinner.id, membershipId: member.id, expiresAt: dinner.startsAt },
      });
    }
  }
  await db.$transaction(async (tx) => {
    for (const { answerLink, ...email } of emails) if (await queueEmail(email, tx)) await storeAnswerLink(tx, answerLink);
  }, { timeout: 60_000 });
  return emails.length;
}

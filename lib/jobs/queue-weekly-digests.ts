import { TZDate } from "@date-fns/tz";
import { addDays, getISOWeek, getISOWeekYear } from "date-fns";
import { db } from "@/lib/db";
import { todayInZone } from "@/lib/dates";
import { queueEmail, type OutgoingEmail } from "@/lib/email/queue-email";
import { weeklyDigestEmail } from "@/lib/email/templates/weekly-digest";
import { appUrl } from "@/lib/env";
import { isOverdue, overdueWhere } from "@/lib/actions/overdue";

export function isoWeekOf(now: Date, timeZone: string): string {
  const local = new TZDate(now, timeZone);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`;
}

export function digestDedupeKey(membershipId: string, isoWeek: string) {
  return `digest:${membershipId}:${isoWeek}`;
}

// System job, Monday morning: every active member who owns overdue actions (open or
// in progress, due before today in the programme's zone) gets one e-mail listing them.
// One e-mail per membership per ISO week, whatever how often the job runs.
export async function queueWeeklyDigests(now = new Date()): Promise<number> {
  // Due dates are calendar dates: anything due before "tomorrow in UTC+14" may be overdue
  // somewhere; the exact check per programme zone follows below.
  const owners = await db.actionOwner.findMany({
    where: {
      membership: { leftAt: null },
      action: overdueWhere(addDays(todayInZone(now, "UTC"), 1)),
    },
    orderBy: [{ action: { dueDate: "asc" } }, { actionId: "asc" }],
    select: {
      membershipId: true,
      membership: { select: { programmeId: true, person: { select: { name: true, email: true, locale: true } } } },
      action: { select: { title: true, status: true, dueDate: true, programme: { select: { name: true, timeZone: true } } } },
    },
  });
  const byMember = new Map<string, typeof owners>();
  for (const row of owners) {
    if (!isOverdue(row.action, todayInZone(now, row.action.programme.timeZone))) continue;
    byMember.set(row.membershipId, [...(byMember.get(row.membershipId) ?? []), row]);
  }

  const emails: OutgoingEmail[] = [];
  for (const [membershipId, rows] of byMember) {
    const first = rows[0]!;
    const { membership } = first;
    const email = await weeklyDigestEmail(
      {
        name: membership.person.name,
        programme: first.action.programme.name,
        actions: rows.map((r) => ({ title: r.action.title, dueDate: r.action.dueDate! })),
        link: `${appUrl()}/programmes/${membership.programmeId}`,
      },
      membership.person.locale,
    );
    emails.push({ dedupeKey: digestDedupeKey(membershipId, isoWeekOf(now, first.action.programme.timeZone)), to: membership.person.email, ...email });
  }
  await db.$transaction(async (tx) => {
    for (const email of emails) await queueEmail(email, tx);
  }, { timeout: 60_000 });
  return emails.length;
}

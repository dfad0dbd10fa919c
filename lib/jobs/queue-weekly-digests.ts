import { TZDate } from "@date-fns/tz";
import { addDays, getISOWeek, getISOWeekYear } from "date-fns";
import { db } from "@/lib/db";
import { todayInZone } from "@/lib/dates";
import { queueEmail, type OutgoingEmail } from "@/lib/email/queue-email";
import { appUrl } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";

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
      action: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: addDays(todayInZone(now, "UTC"), 1) } },
    },
    orderBy: [{ action: { dueDate: "asc" } }, { actionId: "asc" }],
    select: {
      membershipId: true,
      membership: { select: { programmeId: true, person: { select: { name: true, email: true, locale: true } } } },
      action: { select: { title: true, dueDate: true, programme: { select: { name: true, timeZone: true } } } },
    },
  });
  const byMember = new Map<string, typeof owners>();
  for (const row of owners) {
    const today = todayInZone(now, row.action.programme.timeZone);
    if (!row.action.dueDate || row.action.dueDate >= today) continue;
    byMember.set(row.membershipId, [...(byMember.get(row.membershipId) ?? []), row]);
  }

  const emails: OutgoingEmail[] = [];
  for (const [membershipId, rows] of byMember) {
    const first = rows[0]!;
    const { membership } = first;
    const { t, locale } = await translatorFor(membership.person.locale, "reminders");
    const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium" });
    const lines = [
      t("digest.greeting", { name: membership.person.name }),
      "",
      t("digest.intro"),
      ...rows.map((r) => t("digest.item", { title: r.action.title, date: dateFormat.format(r.action.dueDate!), programme: r.action.programme.name })),
      "",
      t("digest.link", { url: `${appUrl()}/programmes/${membership.programmeId}` }),
      "",
      t("digest.footer"),
    ];
    emails.push({
      dedupeKey: digestDedupeKey(membershipId, isoWeekOf(now, first.action.programme.timeZone)),
      to: membership.person.email,
      subject: t("digest.subject", { count: rows.length }),
      text: lines.join("\n"),
    });
  }
  await db.$transaction(async (tx) => {
    for (const email of emails) await queueEmail(email, tx);
  }, { timeout: 60_000 });
  return emails.length;
}

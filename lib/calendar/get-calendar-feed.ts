import { addDays, subDays } from "date-fns";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/security/secret-token";
import { appUrl } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { calendarFeedLifetimeDays } from "./calendar-feed-token";
import { dinnerEvent, toIcs, calendarDinnerSelect } from "./dinner-events";

// How far back a feed reaches; older dinners drop out of subscribed calendars.
const HISTORY_DAYS = 400;

// The personal calendar feed. No viewer: the secret token in the URL is the
// credential (calendar apps send no cookies). Null for an unknown, replaced or expired token.
// Dinners of the person's active programmes; cancelled ones stay, as cancelled.
// Two queries whatever the number of programmes and dinners.
export async function getCalendarFeed(token: string, now = new Date()): Promise<string | null> {
  if (!token || token.length > 128) return null;
  const person = await db.person.findUnique({
    where: { calendarTokenHash: hashSecretToken(token) },
    select: { id: true, calendarTokenExpiresAt: true, locale: true, memberships: { where: { leftAt: null }, select: { programmeId: true } } },
  });
  if (!person?.calendarTokenExpiresAt || person.calendarTokenExpiresAt <= now) return null;
  // In use, so it lives on: renewed at most once a day (a third statement only then).
  if (person.calendarTokenExpiresAt < addDays(now, calendarFeedLifetimeDays - 1)) {
    await db.person.update({ where: { id: person.id }, data: { calendarTokenExpiresAt: addDays(now, calendarFeedLifetimeDays) } });
  }
  const dinners = await db.dinner.findMany({
    where: { programmeId: { in: person.memberships.map((m) => m.programmeId) }, startsAt: { gte: subDays(now, HISTORY_DAYS) } },
    orderBy: { startsAt: "asc" },
    select: calendarDinnerSelect,
  });
  const { t } = await translatorFor(person.locale, "calendar");
  const baseUrl = appUrl();
  const events = dinners.map((dinner) =>
    dinnerEvent(dinner, { title: t("eventTitle", { programme: dinner.programme.name }), answerLink: (url) => t("answerLink", { url }) }, baseUrl),
  );
  return toIcs(events, { calName: t("feedName") });
}

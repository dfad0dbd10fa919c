import { dateTimeFormat } from "@/lib/dates";
import type { AppLocale } from "@/lib/i18n/locales";

// The one way an e-mail writes a day and a time, the same options as the pages use,
// so "Thursday, November 26, 2026, 13:00" reads alike on screen and in the inbox.
const dayOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
const timeOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

// A dinner's day and time as seen in its programme's zone, in the recipient's language.
export function formatDinnerTime(startsAt: Date, timeZone: string, locale: AppLocale) {
  const date = dateTimeFormat(locale, { ...dayOptions, timeZone }).format(startsAt);
  const time = dateTimeFormat(locale, { ...timeOptions, timeZone }).format(startsAt);
  return { date, time, when: `${date}, ${time}` };
}

// A calendar date (stored as UTC midnight, such as an action's due date), in the same style.
export function formatCalendarDay(day: Date, locale: AppLocale) {
  return dateTimeFormat(locale, { ...dayOptions, timeZone: "UTC" }).format(day);
}

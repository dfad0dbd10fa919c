import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// The one date helper. Instants are stored in UTC; calendar dates (due dates) are
// stored as UTC midnight of that date; "today" and "this year" are in the programme's zone.

// An Intl.DateTimeFormat holds ~25 KiB of native (ICU) memory until V8 collects it, and V8
// does not count it as heap: made per row (the CSV export made three per action), thousands
// piled up under load and the server's RSS grew from 300 to 800 MiB, kept by glibc (issue 10,
// decision 025). So formats are made once per language and options, for the process' life
// (bounded: two languages × the few options and programme time zones the app uses).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = formatKey(locale, options);
  let kept = dateTimeFormats.get(key);
  if (!kept) {
    kept = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, kept);
  }
  return kept;
}

// The key of a kept Intl format: the language and the options' own values (all flat
// strings, numbers or booleans for Intl's formats). Built by hand because it is asked for
// every date and number a page shows: ~3× cheaper than JSON.stringify, which use-intl's own
// memo applies to its whole `arguments` (3 % of the follow-up dashboard's server CPU).
export function formatKey(locale: string, options: object): string {
  let key = locale;
  for (const name in options) key += `|${name}=${String((options as Record<string, unknown>)[name])}`;
  return key;
}

// The calendar date of an instant in a zone as "yyyy-MM-dd": one kept format, where a
// TZDate works out the zone's offset again for every field it sets (asked several times
// per page, and per row in "my actions").
function isoDateInZone(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function yearRange(now: Date, timeZone: string): { start: Date; end: Date; year: number } {
  const year = Number(isoDateInZone(now, timeZone).slice(0, 4));
  return { start: zonedToUtc(`${year}-01-01T00:00`, timeZone), end: zonedToUtc(`${year + 1}-01-01T00:00`, timeZone), year };
}

// Today's calendar date in the zone, as a UTC-midnight Date comparable with @db.Date columns.
export function todayInZone(now: Date, timeZone: string): Date {
  return calendarDate(isoDateInZone(now, timeZone));
}

export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// A wall-clock time ("2026-03-12T18:30") in a zone to the UTC instant it means.
export function zonedToUtc(localDateTime: string, timeZone: string): Date {
  const [date = "", time = "00:00"] = localDateTime.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, hh ?? 0, mm ?? 0, timeZone).getTime());
}

// The UTC instant shown as a wall-clock time in a zone, for <input type="datetime-local">.
export function utcToZonedInput(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm");
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

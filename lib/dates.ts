import { TZDate } from "@date-fns/tz";
import { addYears, format, startOfYear } from "date-fns";

// The one date helper. Instants are stored in UTC; calendar dates (due dates) are
// stored as UTC midnight of that date; "today" and "this year" are in the programme's zone.

// An Intl.DateTimeFormat holds ~25 KiB of native (ICU) memory until V8 collects it, and V8
// does not count it as heap: made per row (the CSV export made three per action), thousands
// piled up under load and the server's RSS grew from 300 to 800 MiB, kept by glibc (issue 10,
// decision 025). So formats are made once per language and options, for the process' life
// (bounded: two languages × the few options and programme time zones the app uses).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let kept = dateTimeFormats.get(key);
  if (!kept) {
    kept = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, kept);
  }
  return kept;
}

export function yearRange(now: Date, timeZone: string): { start: Date; end: Date; year: number } {
  const local = startOfYear(new TZDate(now, timeZone));
  return { start: new Date(local.getTime()), end: new Date(addYears(local, 1).getTime()), year: local.getFullYear() };
}

// Today's calendar date in the zone, as a UTC-midnight Date comparable with @db.Date columns.
export function todayInZone(now: Date, timeZone: string): Date {
  return calendarDate(format(new TZDate(now, timeZone), "yyyy-MM-dd"));
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

import { todayInZone, yearRange, zonedToUtc } from "@/lib/dates";

// The calendar year (in the programme's time zone) that the follow-up figures cover:
// the requested one, else the current one; with its UTC range and "today" as a calendar date.
export function followUpYear(requested: number | undefined, timeZone: string, now: Date) {
  const current = yearRange(now, timeZone);
  const range = requested && requested !== current.year ? yearRange(zonedToUtc(`${requested}-07-01T12:00`, timeZone), timeZone) : current;
  const today = todayInZone(now, timeZone);
  return { ...range, currentYear: current.year, today };
}

import { addDays, differenceInCalendarDays } from "date-fns";
import { yearRange, zonedToUtc } from "@/lib/dates";

export type CouncilPeriod = { from: string; to: string; start: Date; end: Date; days: number };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

// The report's period as calendar dates in the programme's zone, `to` inclusive: the one
// asked for, else the last calendar year. At most five years; from after to is swapped.
export function councilPeriod(requested: { from?: string | null; to?: string | null }, timeZone: string, now: Date): CouncilPeriod {
  let from = requested.from && isoDate.test(requested.from) ? requested.from : null;
  let to = requested.to && isoDate.test(requested.to) ? requested.to : null;
  if (!from || !to || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) {
    const lastYear = yearRange(now, timeZone).year - 1;
    from = `${lastYear}-01-01`;
    to = `${lastYear}-12-31`;
  }
  if (from > to) [from, to] = [to, from];
  const days = differenceInCalendarDays(new Date(`${to}T00:00:00Z`), new Date(`${from}T00:00:00Z`)) + 1;
  if (days > 5 * 366) from = addDays(new Date(`${to}T00:00:00Z`), -5 * 366 + 1).toISOString().slice(0, 10);
  const start = zonedToUtc(`${from}T00:00`, timeZone);
  const end = zonedToUtc(`${addDays(new Date(`${to}T00:00:00Z`), 1).toISOString().slice(0, 10)}T00:00`, timeZone);
  return { from, to, start, end, days: Math.min(days, 5 * 366) };
}

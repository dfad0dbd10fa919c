import { addDays, differenceInCalendarDays } from "date-fns";
import { yearRange, zonedToUtc } from "@/lib/dates";
import { optionalDate } from "@/lib/forms/fields";

export type CouncilPeriod = { from: string; to: string; start: Date; end: Date; days: number };

// A date the shared field accepts (its years bounded, so the day after `to` is a date
// too), else null.
const dateOf = (value: string | null | undefined) => optionalDate.safeParse(value ?? undefined).data ?? null;

// The report's period as calendar dates in the programme's zone, `to` inclusive: the one
// asked for, else the last calendar year. At most five years; from after to is swapped.
export function councilPeriod(requested: { from?: string | null; to?: string | null }, timeZone: string, now: Date): CouncilPeriod {
  let from = dateOf(requested.from);
  let to = dateOf(requested.to);
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

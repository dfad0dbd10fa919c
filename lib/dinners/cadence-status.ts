import { daysBetween } from "@/lib/dates";

export type CadenceInput = {
  target: number;
  held: number;
  // PLANNED dinners in the year, including past ones still waiting for their attendance.
  planned: number;
  // Is any PLANNED dinner still to come (in any year)?
  hasUpcomingDinner: boolean;
  yearStart: Date;
  yearEnd: Date;
  now: Date;
};

export type CadenceStatus = {
  yearState: "past" | "current" | "future";
  // Dinners still to be planned for the year to reach its target.
  missing: number;
  daysLeft: number;
  nextNotPlanned: boolean;
  behindPace: boolean;
  targetMissed: boolean;
};

// The cadence rule (docs: see the dinners report/decision).
// - missing = target − held − planned (never below 0); cancelled dinners do not count.
// - The normal interval between dinners is 365 / target days (73 days at five a year).
// - behindPace (current year only): missing > 0 and the days left in the year are fewer
//   than missing × interval / 2, i.e. the dinners still to plan would have to come at
//   more than twice the normal cadence.
// - nextNotPlanned (current year only): no planned dinner is still to come.
// - targetMissed (past years only): fewer held than the target.
export function cadenceStatus(input: CadenceInput): CadenceStatus {
  const yearState = input.now >= input.yearEnd ? "past" : input.now < input.yearStart ? "future" : "current";
  const missing = Math.max(0, input.target - input.held - input.planned);
  const daysLeft = yearState === "current" ? Math.max(0, daysBetween(input.now, input.yearEnd)) : yearState === "future" ? daysBetween(input.yearStart, input.yearEnd) : 0;
  const interval = input.target > 0 ? 365 / input.target : Infinity;
  return {
    yearState,
    missing,
    daysLeft,
    nextNotPlanned: yearState === "current" && !input.hasUpcomingDinner,
    behindPace: yearState === "current" && missing > 0 && daysLeft < (missing * interval) / 2,
    targetMissed: yearState === "past" && input.held < input.target,
  };
}

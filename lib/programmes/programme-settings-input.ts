import { checkbox, form, id, listOf, version, wholeNumber } from "@/lib/forms/fields";

// How many dinners a year a programme may aim for, when it is made and in its settings:
// the method's five, up to two a month.
export const dinnersPerYearTarget = wholeNumber(1, 24);

// What the programme settings form posts: the planning rules and the reminder days
// (ticked checkboxes, none = reminders off).
export const programmeSettingsInput = form({
  programmeId: id,
  version,
  days: listOf(wholeNumber(1, 31), { max: 10 }),
  policeMayPlanDinners: checkbox,
  dinnersPerYearTarget,
});

import { checkbox, form, id, listOf, version, wholeNumber } from "@/lib/forms/fields";

// What the programme settings form posts: the planning rules and the reminder days
// (ticked checkboxes, none = reminders off).
export const programmeSettingsInput = form({
  programmeId: id,
  version,
  days: listOf(wholeNumber(1, 31), { max: 10 }),
  policeMayPlanDinners: checkbox,
  dinnersPerYearTarget: wholeNumber(1, 24),
});

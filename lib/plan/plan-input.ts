import { form, id, text, wholeNumber } from "@/lib/forms/fields";

// The programme plan form. Goals come one per topic as `goal-<topicId>` (the topics are
// the programme's own, so the names are not known here): every further field is a goal text.
export const goalText = text(1000);
export const goalPrefix = "goal-";
// The version the form was read at; 0 when there was no plan yet.
const planVersion = wholeNumber(0, 2_147_483_647);

export const savePlanInput = form({
  programmeId: id,
  version: planVersion,
  vision: text(2000, { required: true }),
  policeRole: text(1000),
  municipalityRole: text(1000),
  communityRole: text(1000),
}).catchall(goalText);

export const reviewPlanInput = form({ programmeId: id, version: wholeNumber(1, 2_147_483_647) });

export const goalFieldInput = form({ goal: goalText });

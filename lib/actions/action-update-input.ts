import { ActionStatus } from "@/lib/generated/prisma/enums";
import { form, id, optionalOneOf, submissionKey, text, version } from "@/lib/forms/fields";

// What the "post progress" form posts: a note and/or a new status ("" keeps the status).
export const actionUpdateInput = form({
  programmeId: id,
  actionId: id,
  version,
  text: text(5_000),
  status: optionalOneOf(ActionStatus),
  submissionKey,
});

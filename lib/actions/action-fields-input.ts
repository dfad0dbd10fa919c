import { ActionLead } from "@/lib/generated/prisma/enums";
import { form, id, listOf, oneOf, optionalDate, optionalId, submissionKey, text, version } from "@/lib/forms/fields";

// What the log-an-action and edit-the-action forms post. Shared by the server actions
// (validation) and ActionFieldsForm (inputPropsOf() for the HTML limits).
const actionFields = {
  title: text(200, { required: true }),
  description: text(5_000),
  topicId: optionalId,
  leadParty: oneOf(ActionLead),
  // Members from any party; each gets an e-mail.
  ownerIds: listOf(id, { max: 100, min: 1 }),
  dueDate: optionalDate,
  dinnerId: optionalId,
};

export const logActionInput = form({ programmeId: id, ...actionFields, submissionKey });
export const editActionInput = form({ programmeId: id, actionId: id, version, ...actionFields });

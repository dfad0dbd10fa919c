import { Visibility } from "@/lib/generated/prisma/enums";
import { form, id, oneOf, optionalId, text, version } from "@/lib/forms/fields";

// What the agenda forms post. Shared by the server actions (validation) and the form
// components (inputPropsOf() for the HTML limits).
const itemFields = {
  topicId: optionalId,
  title: text(200, { required: true }),
  notes: text(10_000),
  visibility: oneOf(Visibility).default("ALL_MEMBERS"),
};
const dinner = { programmeId: id, dinnerId: id };

export const addAgendaItemInput = form({ ...dinner, ...itemFields });
export const updateAgendaItemInput = form({ ...dinner, itemId: id, version, ...itemFields });
export const moveAgendaItemInput = form({ ...dinner, itemId: id, direction: oneOf(["up", "down"]) });
export const deleteAgendaItemInput = form({ ...dinner, itemId: id, version });

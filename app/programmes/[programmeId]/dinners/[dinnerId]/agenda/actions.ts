"use server";

import { addAgendaItemInput, deleteAgendaItemInput, moveAgendaItemInput, updateAgendaItemInput } from "@/lib/agenda/agenda-item-input";
import { createAgendaItem } from "@/lib/agenda/create-agenda-item";
import { deleteAgendaItem } from "@/lib/agenda/delete-agenda-item";
import { moveAgendaItem } from "@/lib/agenda/move-agenda-item";
import { updateAgendaItem } from "@/lib/agenda/update-agenda-item";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const addAgendaItemAction = serverAction(addAgendaItemInput, async (viewer, { programmeId, dinnerId, ...fields }) => {
  await createAgendaItem(viewer, programmeId, dinnerId, fields);
  refreshPages();
  return { ok: true, message: "itemAdded" };
});

export const updateAgendaItemAction = serverAction(updateAgendaItemInput, async (viewer, { programmeId, itemId, version, dinnerId: _dinnerId, ...fields }) => {
  try {
    await updateAgendaItem(viewer, programmeId, itemId, version, fields);
  } finally {
    // Also after a refused save: the agenda is shown again from the newer version.
    refreshPages();
  }
  return { ok: true, message: "saved" };
});

export const moveAgendaItemAction = serverAction(moveAgendaItemInput, async (viewer, input) => {
  await moveAgendaItem(viewer, input.programmeId, input.itemId, input.direction);
  refreshPages();
});

export const deleteAgendaItemAction = serverAction(deleteAgendaItemInput, async (viewer, input) => {
  await deleteAgendaItem(viewer, input.programmeId, input.itemId, input.version);
  refreshPages();
});

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAgendaItem } from "@/lib/agenda/create-agenda-item";
import { deleteAgendaItem } from "@/lib/agenda/delete-agenda-item";
import { moveAgendaItem } from "@/lib/agenda/move-agenda-item";
import { updateAgendaItem } from "@/lib/agenda/update-agenda-item";
import { serverAction } from "@/lib/forms/server-action";

const id = z.string().max(64);
const version = z.coerce.number().int().min(1).max(2_147_483_647);
const itemFields = {
  topicId: z.string().trim().max(64).optional(),
  title: z.string().trim().min(1).max(200),
  notes: z.string().trim().max(10_000).default(""),
  visibility: z.enum(["ALL_MEMBERS", "PROFESSIONALS"]).default("ALL_MEMBERS"),
};
const agendaPath = (programmeId: string, dinnerId: string) => `/programmes/${programmeId}/dinners/${dinnerId}/agenda`;

export const addAgendaItemAction = serverAction(z.object({ programmeId: id, dinnerId: id, ...itemFields }), async (viewer, input) => {
  const { programmeId, dinnerId, ...fields } = input;
  await createAgendaItem(viewer, programmeId, dinnerId, fields);
  revalidatePath(agendaPath(programmeId, dinnerId));
  return { ok: true, message: "itemAdded" };
});

export const updateAgendaItemAction = serverAction(z.object({ programmeId: id, dinnerId: id, itemId: id, version, ...itemFields }), async (viewer, input) => {
  const { programmeId, dinnerId, itemId, version: read, ...fields } = input;
  try {
    await updateAgendaItem(viewer, programmeId, itemId, read, fields);
  } finally {
    // Also after a refused save: the agenda is shown again from the newer version.
    revalidatePath(agendaPath(programmeId, dinnerId));
  }
  return { ok: true, message: "saved" };
});

export const moveAgendaItemAction = serverAction(
  z.object({ programmeId: id, dinnerId: id, itemId: id, direction: z.enum(["up", "down"]) }),
  async (viewer, input) => {
    await moveAgendaItem(viewer, input.programmeId, input.itemId, input.direction);
    revalidatePath(agendaPath(input.programmeId, input.dinnerId));
  },
);

export const deleteAgendaItemAction = serverAction(z.object({ programmeId: id, dinnerId: id, itemId: id, version }), async (viewer, input) => {
  await deleteAgendaItem(viewer, input.programmeId, input.itemId, input.version);
  revalidatePath(agendaPath(input.programmeId, input.dinnerId));
});

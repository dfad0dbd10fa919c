"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addActionUpdate } from "@/lib/actions/add-action-update";
import { editAction } from "@/lib/actions/edit-action";
import { logAction } from "@/lib/actions/log-action";
import { ConflictError } from "@/lib/errors";
import { serverAction } from "@/lib/forms/server-action";

const id = z.string().max(64);
const version = z.coerce.number().int().min(1).max(2_147_483_647);
const optionalId = z.string().trim().max(64).optional();
const fields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5_000).default(""),
  topicId: optionalId,
  leadParty: z.enum(["POLICE", "MUNICIPALITY", "COMMUNITY", "JOINT"]),
  // One checkbox arrives as a string, several as an array.
  ownerIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).min(1, "required").max(100)),
  dueDate: z.string().trim().max(10).optional(),
  dinnerId: optionalId,
};
const actionsPath = (programmeId: string) => `/programmes/${programmeId}/actions`;

// After a refused save the page is rendered again from the newer version, so the form
// the person saves next starts from what is really stored.
async function refreshOnConflict<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConflictError) revalidatePath(path);
    throw error;
  }
}

export const logActionAction = serverAction(z.object({ programmeId: id, ...fields }), async (viewer, input) => {
  const { programmeId, ...rest } = input;
  const action = await logAction(viewer, programmeId, rest);
  revalidatePath(actionsPath(programmeId));
  if (rest.dinnerId) revalidatePath(`/programmes/${programmeId}/dinners/${rest.dinnerId}/agenda`);
  redirect(`${actionsPath(programmeId)}/${action.id}`);
});

export const editActionAction = serverAction(z.object({ programmeId: id, actionId: id, version, ...fields }), async (viewer, input) => {
  const { programmeId, actionId, version: read, ...rest } = input;
  await refreshOnConflict(`${actionsPath(programmeId)}/${actionId}/edit`, () => editAction(viewer, programmeId, actionId, read, rest));
  revalidatePath(actionsPath(programmeId));
  redirect(`${actionsPath(programmeId)}/${actionId}`);
});

export const addActionUpdateAction = serverAction(
  z.object({
    programmeId: id,
    actionId: id,
    version,
    text: z.string().trim().max(5_000).default(""),
    status: z.enum(["", "OPEN", "IN_PROGRESS", "DONE", "DROPPED"]).default(""),
  }),
  async (viewer, input) => {
    await refreshOnConflict(`${actionsPath(input.programmeId)}/${input.actionId}`, () =>
      addActionUpdate(viewer, input.programmeId, input.actionId, input.version, { text: input.text, status: input.status || null }),
    );
    revalidatePath(`${actionsPath(input.programmeId)}/${input.actionId}`);
    revalidatePath(actionsPath(input.programmeId));
    return { ok: true, message: "updateSaved" };
  },
);

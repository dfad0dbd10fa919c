"use server";

import { redirect } from "next/navigation";
import { addActionUpdate } from "@/lib/actions/add-action-update";
import { editActionInput, logActionInput } from "@/lib/actions/action-fields-input";
import { actionUpdateInput } from "@/lib/actions/action-update-input";
import { editAction } from "@/lib/actions/edit-action";
import { logAction } from "@/lib/actions/log-action";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

// Named submit<Form>: in this area "Action" is the agreed action, never Next's server action.

export const submitNewAction = serverAction(logActionInput, async (viewer, { programmeId, ...fields }) => {
  const action = await logAction(viewer, programmeId, fields);
  refreshPages();
  redirect(`/programmes/${programmeId}/actions/${action.id}`);
});

export const submitActionEdit = serverAction(editActionInput, async (viewer, { programmeId, actionId, version, ...fields }) => {
  try {
    await editAction(viewer, programmeId, actionId, version, fields);
  } finally {
    // Also after a refused save: the form is shown again from the newer version.
    refreshPages();
  }
  redirect(`/programmes/${programmeId}/actions/${actionId}`);
});

export const submitActionUpdate = serverAction(actionUpdateInput, async (viewer, { programmeId, actionId, version, ...update }) => {
  try {
    await addActionUpdate(viewer, programmeId, actionId, version, update);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "updateSaved" };
});

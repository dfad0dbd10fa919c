"use server";

import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/magic-link";
import { cancelDinner } from "@/lib/dinners/cancel-dinner";
import { cancelDinnerInput, recordAttendanceInput, respondToDinnerInput, scheduleDinnerInput, updateDinnerInput } from "@/lib/dinners/dinner-input";
import { recordAttendance } from "@/lib/dinners/record-attendance";
import { respondToDinner } from "@/lib/dinners/respond-to-dinner";
import { scheduleDinner } from "@/lib/dinners/schedule-dinner";
import { updateDinner } from "@/lib/dinners/update-dinner";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { formAction, serverAction } from "@/lib/forms/server-action";

export const scheduleDinnerAction = serverAction(scheduleDinnerInput, async (viewer, { programmeId, ...fields }) => {
  const { id: dinnerId } = await scheduleDinner(viewer, programmeId, fields);
  refreshPages();
  redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
});

export const updateDinnerAction = serverAction(updateDinnerInput, async (viewer, { programmeId, ...input }) => {
  try {
    await updateDinner(viewer, programmeId, input);
  } finally {
    // Also after a refused save: the form is shown again from the newer version.
    refreshPages();
  }
  redirect(`/programmes/${programmeId}/dinners/${input.dinnerId}`);
});

export const cancelDinnerAction = serverAction(cancelDinnerInput, async (viewer, { programmeId, dinnerId, version }) => {
  try {
    await cancelDinner(viewer, programmeId, { dinnerId, version });
  } finally {
    refreshPages();
  }
  redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
});

// Posted by a plain form (no JavaScript needed): the three answer buttons plus dietary needs.
// The page answered from (returnTo) shows the new answer.
export const respondToDinnerAction = formAction(respondToDinnerInput, async (viewer, { programmeId, dinnerId, returnTo, ...answer }) => {
  await respondToDinner(viewer, programmeId, { dinnerId, ...answer });
  refreshPages();
  redirect(safeCallbackPath(returnTo ?? `/programmes/${programmeId}/dinners/${dinnerId}`));
});

export const recordAttendanceAction = serverAction(recordAttendanceInput, async (viewer, { programmeId, dinnerId, version, attended }) => {
  await recordAttendance(viewer, programmeId, { dinnerId, version, attendedMembershipIds: attended });
  refreshPages();
  redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
});

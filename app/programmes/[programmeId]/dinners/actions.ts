"use server";

import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { cancelDinner } from "@/lib/dinners/cancel-dinner";
import { cancelDinnerInput, recordAttendanceInput, respondToDinnerInput, scheduleDinnerInput, updateDinnerInput } from "@/lib/dinners/dinner-input";
import { recordAttendance } from "@/lib/dinners/record-attendance";
import { respondToDinner } from "@/lib/dinners/respond-to-dinner";
import { rsvpOutcomes, signInKeepingAnswer, withRsvpOutcome, type RsvpOutcome } from "@/lib/dinners/rsvp-outcome";
import { FieldError } from "@/lib/errors";
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
// Every outcome is told on the page it returns to (withRsvpOutcome): saved, cancelled, moved,
// closed. Signed out: sign in first, and the answer waits on the dinner page (issue 14).
export const respondToDinnerAction = formAction(
  respondToDinnerInput,
  async (viewer, { programmeId, dinnerId, returnTo, ...answer }) => {
    if (!viewer) redirect(signInKeepingAnswer(programmeId, dinnerId, answer.response));
    const back = safeRedirectPath(returnTo ?? `/programmes/${programmeId}/dinners/${dinnerId}`);
    let outcome: RsvpOutcome = "saved";
    try {
      await respondToDinner(viewer, programmeId, { dinnerId, ...answer });
    } catch (error) {
      const refusal = error instanceof FieldError ? rsvpOutcomes.find((o) => o === error.messageKey) : undefined;
      if (!refusal) throw error;
      outcome = refusal;
    }
    refreshPages();
    redirect(withRsvpOutcome(back, outcome, dinnerId));
  },
  { access: "anyone" },
);

export const recordAttendanceAction = serverAction(recordAttendanceInput, async (viewer, { programmeId, dinnerId, version, attended }) => {
  await recordAttendance(viewer, programmeId, { dinnerId, version, attendedMembershipIds: attended });
  refreshPages();
  redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
});

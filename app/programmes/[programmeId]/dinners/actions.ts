"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/auth/magic-link";
import { cancelDinner } from "@/lib/dinners/cancel-dinner";
import { recordAttendance } from "@/lib/dinners/record-attendance";
import { respondToDinner } from "@/lib/dinners/respond-to-dinner";
import { scheduleDinner } from "@/lib/dinners/schedule-dinner";
import { updateDinner } from "@/lib/dinners/update-dinner";
import { venueSchema } from "@/lib/dinners/venue-schema";
import { serverAction } from "@/lib/forms/server-action";

const id = z.string().max(64);
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const version = z.string().trim().max(10).regex(/^\d+$/).transform(Number);

const dinnerFields = {
  programmeId: id,
  startsAt: z.string().trim().min(1).max(16).regex(localDateTime),
  endsAt: z.string().trim().max(16).refine((v) => v === "" || localDateTime.test(v), "invalid").optional(),
  ...venueSchema,
};

function revalidateDinner(programmeId: string, dinnerId?: string) {
  revalidatePath("/");
  revalidatePath(`/programmes/${programmeId}`);
  revalidatePath(`/programmes/${programmeId}/dinners`);
  if (dinnerId) revalidatePath(`/programmes/${programmeId}/dinners/${dinnerId}`);
}

export const scheduleDinnerAction = serverAction(
  z.object(dinnerFields),
  async (viewer, { programmeId, ...fields }) => {
    const { id: dinnerId } = await scheduleDinner(viewer, programmeId, fields);
    revalidateDinner(programmeId, dinnerId);
    redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
  },
);

export const updateDinnerAction = serverAction(
  z.object({ ...dinnerFields, dinnerId: id, version }),
  async (viewer, { programmeId, ...input }) => {
    await updateDinner(viewer, programmeId, input);
    revalidateDinner(programmeId, input.dinnerId);
    redirect(`/programmes/${programmeId}/dinners/${input.dinnerId}`);
  },
);

export const cancelDinnerAction = serverAction(
  z.object({
    programmeId: id,
    dinnerId: id,
    version,
    confirm: z
      .string()
      .max(8)
      .default("")
      .refine((v) => v === "on", "confirmCancel"),
  }),
  async (viewer, { programmeId, dinnerId, version }) => {
    await cancelDinner(viewer, programmeId, { dinnerId, version });
    revalidateDinner(programmeId, dinnerId);
    redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
  },
);

// Posted by plain forms (no JavaScript needed): the three answer buttons plus dietary needs.
export const respondToDinnerAction = serverAction(
  z.object({
    programmeId: id,
    dinnerId: id,
    response: z.enum(["YES", "MAYBE", "NO"]),
    dietaryNeeds: z.string().trim().max(300).optional(),
    saveDietaryDefault: z.string().max(8).optional(),
    returnTo: z.string().max(500).optional(),
  }),
  async (viewer, { programmeId, dinnerId, response, dietaryNeeds, saveDietaryDefault, returnTo }) => {
    await respondToDinner(viewer, programmeId, { dinnerId, response, dietaryNeeds, saveDietaryDefault: saveDietaryDefault === "on" });
    revalidateDinner(programmeId, dinnerId);
    redirect(safeCallbackPath(returnTo ?? `/programmes/${programmeId}/dinners/${dinnerId}`));
  },
);

export const recordAttendanceAction = serverAction(
  z.object({
    programmeId: id,
    dinnerId: id,
    version,
    attended: z.union([id, z.array(id).max(1000)]).optional(),
  }),
  async (viewer, { programmeId, dinnerId, version, attended }) => {
    const attendedMembershipIds = attended === undefined ? [] : Array.isArray(attended) ? attended : [attended];
    await recordAttendance(viewer, programmeId, { dinnerId, version, attendedMembershipIds });
    revalidateDinner(programmeId, dinnerId);
    redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
  },
);

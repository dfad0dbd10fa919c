"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/forms/server-action";
import { updateProgrammeSettings } from "@/lib/programmes/update-programme-settings";

const schema = z.object({
  programmeId: z.string().max(64),
  version: z.coerce.number().int().min(1).max(1_000_000),
  // Checkboxes: none, one (a string) or several (an array).
  days: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().max(3).regex(/^\d+$/, "invalid").transform(Number).pipe(z.number().int().min(1).max(31))).max(10),
  ),
  // An unticked checkbox sends nothing.
  policeMayPlanDinners: z.literal("on").optional().transform((v) => v === "on"),
  dinnersPerYearTarget: z.coerce.number().int().min(1).max(24),
});

export const updateProgrammeSettingsAction = serverAction(schema, async (viewer, input) => {
  await updateProgrammeSettings(viewer, input.programmeId, {
    days: input.days,
    policeMayPlanDinners: input.policeMayPlanDinners,
    dinnersPerYearTarget: input.dinnersPerYearTarget,
    version: input.version,
  });
  const path = `/programmes/${input.programmeId}/settings`;
  revalidatePath(path);
  redirect(`${path}?saved=1`);
});

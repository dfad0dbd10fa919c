"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { appointCoordinator } from "@/lib/admin/appoint-coordinator";
import { createProgramme, isTimeZone } from "@/lib/admin/create-programme";
import { serverAction } from "@/lib/forms/server-action";

const text = z.string().trim().min(1).max(200);

const programmeSchema = z.object({
  name: text,
  municipality: text,
  policeTeam: text,
  neighbourhood: text,
  timeZone: z.string().trim().max(64).refine(isTimeZone, "timeZone"),
  dinnersPerYearTarget: z.coerce.number().int().min(1).max(52).default(5),
});

export const createProgrammeAction = serverAction(programmeSchema, async (viewer, input) => {
  await createProgramme(viewer, input);
  revalidatePath("/admin/programmes");
});

const appointSchema = z.object({
  programmeId: z.string().max(64),
  name: text,
  email: z.string().trim().toLowerCase().max(254).email(),
  party: z.enum(["POLICE", "MUNICIPALITY", "COMMUNITY"]),
  organisation: z.string().trim().max(200).optional(),
  locale: z.enum(["en", "nl"]),
});

export const appointCoordinatorAction = serverAction(appointSchema, async (viewer, input) => {
  await appointCoordinator(viewer, input);
  revalidatePath("/admin/programmes");
});

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// The lead times a coordinator can choose from, in days before the dinner.
export const reminderDayChoices = [14, 7, 3, 1] as const;

export async function getProgrammeSettings(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "programme.edit", programmeId);
  return db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, reminderDaysBefore: true, policeMayPlanDinners: true, dinnersPerYearTarget: true, version: true } });
}

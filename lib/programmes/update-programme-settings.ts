import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { reminderDayChoices } from "./get-programme-settings";

export type ProgrammeSettingsInput = {
  // Days before a dinner that reminders go out; an empty list switches them off.
  days: number[];
  // Left out: unchanged.
  policeMayPlanDinners?: boolean;
  dinnersPerYearTarget?: number;
  version: number;
};

export async function updateProgrammeSettings(viewer: Viewer | null, programmeId: string, input: ProgrammeSettingsInput) {
  authorize(viewer, "programme.edit", programmeId);
  const days = [...new Set(input.days)].filter((d) => (reminderDayChoices as readonly number[]).includes(d)).sort((a, b) => b - a);
  const { count } = await db.programme.updateMany({
    where: { id: programmeId, version: input.version },
    data: {
      reminderDaysBefore: days,
      policeMayPlanDinners: input.policeMayPlanDinners,
      dinnersPerYearTarget: input.dinnersPerYearTarget,
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const current = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { reminderDaysBefore: true, version: true } });
    throw new ConflictError(current);
  }
  return days;
}

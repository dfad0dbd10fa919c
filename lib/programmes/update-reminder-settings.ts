import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { reminderDayChoices } from "./get-reminder-settings";

// Sets the days before a dinner that reminders go out; an empty list switches them off.
export async function updateReminderSettings(viewer: Viewer | null, programmeId: string, input: { days: number[]; version: number }) {
  authorize(viewer, "programme.edit", programmeId);
  const days = [...new Set(input.days)].filter((d) => (reminderDayChoices as readonly number[]).includes(d)).sort((a, b) => b - a);
  const { count } = await db.programme.updateMany({
    where: { id: programmeId, version: input.version },
    data: { reminderDaysBefore: days, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { reminderDaysBefore: true, version: true } });
    throw new ConflictError(current);
  }
  return days;
}

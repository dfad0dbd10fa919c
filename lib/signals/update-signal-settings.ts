import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { signalSettingsOf } from "./signal-settings";

export type SignalSettingsInput = { pulseEveryDays: number | null; alertLevel: number; retentionMonths: number };

// Saves the settings read at `version` (0: the defaults, as no one has saved them yet; the
// first alert may have made the row meanwhile, still at 0: checkTensionRise).
export async function updateSignalSettings(viewer: Viewer | null, programmeId: string, version: number, input: SignalSettingsInput) {
  authorize(viewer, "signal.settings", programmeId);
  await db.$transaction(async (tx) => {
    const updated = await tx.signalSettings.updateMany({ where: { programmeId, version }, data: { ...input, version: { increment: 1 } } });
    if (updated.count === 1) return;
    if (version === 0) {
      const created = await tx.signalSettings.createMany({ data: [{ programmeId, ...input, version: 1 }], skipDuplicates: true });
      if (created.count === 1) return;
    }
    throw new ConflictError(await signalSettingsOf(tx, programmeId));
  });
}

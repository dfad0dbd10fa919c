import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { signalSettingsOf } from "./signal-settings";

// The coordinator's settings page: parts of the neighbourhood, pulse, alert and retention.
export async function getSignalSettings(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "signal.settings", programmeId);
  const [settings, areas] = await Promise.all([
    signalSettingsOf(db, programmeId),
    db.signalArea.findMany({ where: { programmeId }, orderBy: { name: "asc" }, select: { id: true, name: true, archivedAt: true } }),
  ]);
  return { settings, areas };
}

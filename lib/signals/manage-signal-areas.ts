import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";

// The coordinator keeps the list of parts of the neighbourhood. Archived parts stay on
// the signals that have them but are no longer offered.
export async function addSignalArea(viewer: Viewer | null, programmeId: string, name: string) {
  authorize(viewer, "signal.settings", programmeId);
  const created = await db.signalArea.createMany({ data: [{ programmeId, name }], skipDuplicates: true });
  if (created.count === 0) throw new FieldError("name", "areaExists");
}

export async function setSignalAreaArchived(viewer: Viewer | null, programmeId: string, areaId: string, archived: boolean, now = new Date()) {
  authorize(viewer, "signal.settings", programmeId);
  const updated = await db.signalArea.updateMany({ where: { id: areaId, programmeId }, data: { archivedAt: archived ? now : null } });
  if (updated.count === 0) throw new NotFoundError();
}

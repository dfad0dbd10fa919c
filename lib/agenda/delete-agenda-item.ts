import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorizeAgendaEdit } from "./agenda-item-access";

// Deletes an item only if nobody changed it since `version` was read.
export async function deleteAgendaItem(viewer: Viewer | null, programmeId: string, itemId: string, version: number) {
  const { visibleItems } = authorizeAgendaEdit(viewer, programmeId);
  await db.$transaction(async (tx) => {
    const current = await tx.agendaItem.findFirst({ where: { id: itemId, dinner: { programmeId }, ...visibleItems }, select: { title: true, notes: true, version: true } });
    if (!current) throw new NotFoundError();
    const { count } = await tx.agendaItem.deleteMany({ where: { id: itemId, version } });
    if (count === 0) throw new ConflictError(current);
  });
}

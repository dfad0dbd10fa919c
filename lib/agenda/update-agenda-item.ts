import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { requireUsableTopic } from "@/lib/topics/require-usable-topic";
import { authorizeAgendaEdit } from "./agenda-item-access";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AgendaItemInput } from "./create-agenda-item";

// Saves an item only if nobody changed it since `version` was read.
export async function updateAgendaItem(viewer: Viewer | null, programmeId: string, itemId: string, version: number, input: AgendaItemInput) {
  const { visibleItems } = authorizeAgendaEdit(viewer, programmeId);
  if (input.visibility === "PROFESSIONALS" && "visibility" in visibleItems) throw new FieldError("visibility", "invalid");
  return db.$transaction(async (tx) => {
    const where = { id: itemId, dinner: { programmeId }, ...visibleItems };
    const current = await tx.agendaItem.findFirst({ where, select: { id: true, topicId: true, title: true, notes: true, visibility: true, version: true } });
    if (!current) throw new NotFoundError();
    await refuseIdentifyingText(tx, programmeId, { title: input.title, notes: input.notes });
    const topicId = await requireUsableTopic(tx, programmeId, input.topicId, current.topicId);
    const { count } = await tx.agendaItem.updateMany({
      where: { id: itemId, version },
      data: { topicId, title: input.title, notes: input.notes, visibility: input.visibility, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError({ title: current.title, notes: current.notes, version: current.version });
    if (current.visibility !== input.visibility) {
      await recordAuditEvent({ kind: "agenda-item.visibility-changed", actorId: viewer?.personId ?? null, programmeId, subjectId: itemId, data: { from: current.visibility, to: input.visibility } }, tx);
    }
  });
}

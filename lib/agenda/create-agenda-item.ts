import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { FieldError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { requireUsableTopic } from "@/lib/topics/require-usable-topic";
import { authorizeAgendaEdit, requireDinner } from "./agenda-item-access";

export type AgendaItemInput = { topicId?: string | null; title: string; notes: string; visibility: Visibility };

// Adds an item at the end of the agenda.
export async function createAgendaItem(viewer: Viewer | null, programmeId: string, dinnerId: string, input: AgendaItemInput) {
  const { visibleItems } = authorizeAgendaEdit(viewer, programmeId);
  if (input.visibility === "PROFESSIONALS" && "visibility" in visibleItems) throw new FieldError("visibility", "invalid");
  return db.$transaction(async (tx) => {
    await requireDinner(tx, programmeId, dinnerId);
    await refuseIdentifyingText(tx, programmeId, { title: input.title, notes: input.notes });
    const topicId = await requireUsableTopic(tx, programmeId, input.topicId);
    const last = await tx.agendaItem.aggregate({ where: { dinnerId }, _max: { position: true } });
    return tx.agendaItem.create({
      data: { dinnerId, topicId, title: input.title, notes: input.notes, visibility: input.visibility, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
  });
}

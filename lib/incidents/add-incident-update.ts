import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";

export type IncidentUpdateInput = { text: string; level?: number; levelSeen?: number };

// An entry in the incident log: a text, a change of the tension level (coordinators and
// liaisons), or both. No text that identifies a person.
// The level is changed only when the one chosen differs from the one the page showed
// (`levelSeen`): a note from a page loaded before someone else's change leaves their level,
// and a change based on a level that moved on meanwhile is refused. Anyone else's level is ignored.
export async function addIncidentUpdate(viewer: Viewer | null, programmeId: string, incidentId: string, input: IncidentUpdateInput) {
  const { membership } = authorize(viewer, "incident.update", programmeId);
  const mayChangeLevel = can(viewer, "incident.open", programmeId);
  const change = mayChangeLevel && input.level !== undefined && input.levelSeen !== undefined && input.level !== input.levelSeen ? { from: input.levelSeen, to: input.level } : null;
  await db.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: { not: "CLOSED" } }, select: { id: true } });
    if (!incident) throw new NotFoundError();
    if (!change && !input.text) throw new FieldError("text", "required");
    await refuseIdentifyingText(tx, programmeId, { text: input.text });
    if (change) {
      const { count } = await tx.incident.updateMany({ where: { id: incidentId, programmeId, level: change.from }, data: { level: change.to, version: { increment: 1 } } });
      if (count === 0) throw new FieldError("level", "levelChanged");
    }
    await tx.incidentUpdate.create({ data: { incidentId, authorId: membership.id, text: input.text, fromLevel: change?.from ?? null, toLevel: change?.to ?? null } });
  });
}

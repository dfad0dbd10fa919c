import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";

// An entry in the incident log: a text, a change of the tension level (coordinators and
// liaisons), or both. No text that identifies a person.
export async function addIncidentUpdate(viewer: Viewer | null, programmeId: string, incidentId: string, input: { text: string; level: number }) {
  const { membership } = authorize(viewer, "incident.update", programmeId);
  const mayChangeLevel = can(viewer, "incident.open", programmeId);
  await db.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: { not: "CLOSED" } }, select: { level: true } });
    if (!incident) throw new NotFoundError();
    const levelChanged = input.level !== incident.level;
    if (levelChanged && !mayChangeLevel) throw new FieldError("level", "invalid");
    if (!levelChanged && !input.text) throw new FieldError("text", "required");
    await refuseIdentifyingText(tx, programmeId, { text: input.text });
    await tx.incidentUpdate.create({
      data: { incidentId, authorId: membership.id, text: input.text, fromLevel: levelChanged ? incident.level : null, toLevel: levelChanged ? input.level : null },
    });
    if (levelChanged) await tx.incident.update({ where: { id: incidentId }, data: { level: input.level, version: { increment: 1 } } });
  });
}

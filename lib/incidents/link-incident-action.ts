import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";

// An action agreed in the incident: an existing action of the programme is linked to it, so
// it shows in the incident log (and the incident on the action stays for the record).
export async function linkIncidentAction(viewer: Viewer | null, programmeId: string, incidentId: string, actionId: string) {
  authorize(viewer, "action.manage", programmeId);
  await db.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: { not: "CLOSED" } }, select: { id: true } });
    if (!incident) throw new NotFoundError();
    // Only an action in no incident's log yet: a form opened before someone linked it elsewhere
    // must not move it out of that log.
    const { count } = await tx.action.updateMany({ where: { id: actionId, programmeId, incidentId: null }, data: { incidentId } });
    if (count > 0) return;
    const action = await tx.action.findFirst({ where: { id: actionId, programmeId }, select: { id: true } });
    if (!action) throw new NotFoundError();
    throw new FieldError("actionId", "actionAlreadyLinked");
  });
}

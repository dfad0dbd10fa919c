import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";

// An action agreed in the incident: an existing action of the programme is linked to it, so
// it shows in the incident log (and the incident on the action stays for the record).
export async function linkIncidentAction(viewer: Viewer | null, programmeId: string, incidentId: string, actionId: string) {
  authorize(viewer, "action.manage", programmeId);
  await db.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: { not: "CLOSED" } }, select: { id: true } });
    if (!incident) throw new NotFoundError();
    const { count } = await tx.action.updateMany({ where: { id: actionId, programmeId }, data: { incidentId } });
    if (count === 0) throw new NotFoundError();
  });
}

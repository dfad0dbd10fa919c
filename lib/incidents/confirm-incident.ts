import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { nudgeJobs } from "@/lib/jobs/nudge";
import { queueIncidentNotices } from "./queue-incident-notices";

// A coordinator or police liaison confirms a proposed incident: it opens and everyone is told.
export async function confirmIncident(viewer: Viewer | null, programmeId: string, incidentId: string, version: number) {
  const { membership } = authorize(viewer, "incident.open", programmeId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id: incidentId, programmeId, status: "PROPOSED", version },
      data: { status: "OPEN", openedById: membership.id, openedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(null);
    await queueIncidentNotices(tx, incidentId);
  });
  nudgeJobs("deliver-emails", "deliver-push");
}

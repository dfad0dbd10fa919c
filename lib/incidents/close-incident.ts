import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";

// Closing asks for a short review ("what did we learn"); it shows on the agenda of the next
// dinner after the closing (getAgenda's incident reviews), with nothing else to do.
export async function closeIncident(viewer: Viewer | null, programmeId: string, incidentId: string, version: number, review: string) {
  const { membership } = authorize(viewer, "incident.open", programmeId);
  await db.$transaction(async (tx) => {
    await refuseIdentifyingText(tx, programmeId, { review });
    const { count } = await tx.incident.updateMany({
      where: { id: incidentId, programmeId, status: { not: "CLOSED" }, version },
      data: { status: "CLOSED", closedAt: new Date(), review, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(null);
    await tx.incidentUpdate.create({ data: { incidentId, authorId: membership.id, text: review } });
  });
}

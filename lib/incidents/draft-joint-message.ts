import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";

// One voice: a new draft of the joint message. Every draft is kept (the history); approvals
// belong to a draft, so a new draft asks the three parties again.
export async function draftJointMessage(viewer: Viewer | null, programmeId: string, incidentId: string, text: string) {
  const { viewer: me } = authorize(viewer, "incident.open", programmeId);
  return db.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: "OPEN" }, select: { id: true } });
    if (!incident) throw new NotFoundError();
    await refuseIdentifyingText(tx, programmeId, { text });
    const last = await tx.jointMessage.aggregate({ where: { incidentId }, _max: { draft: true } });
    return tx.jointMessage.create({ data: { incidentId, draft: (last._max.draft ?? 0) + 1, text, authorName: me.name }, select: { id: true } });
  });
}

import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/client";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { lockRow } from "@/lib/db/locks";

// One voice: a new draft of the joint message. Every draft is kept (the history); approvals
// belong to a draft, so a new draft asks the three parties again. `basedOnDraft` is the latest
// draft the editor read (0: none yet): a newer one is never replaced unseen.
export async function draftJointMessage(viewer: Viewer | null, programmeId: string, incidentId: string, basedOnDraft: number, text: string) {
  const { viewer: me, membership } = authorize(viewer, "incident.open", programmeId);
  return db.$transaction(async (tx) => {
    // Takes turns with approvals on the incident's row (approveJointMessage), so no draft
    // becomes final once a newer one is saved.
    await lockRow(tx, "Incident", incidentId);
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: "OPEN" }, select: { id: true } });
    if (!incident) throw new NotFoundError();
    await refuseIdentifyingText(tx, programmeId, { text });
    const last = await tx.jointMessage.aggregate({ where: { incidentId }, _max: { draft: true } });
    if ((last._max.draft ?? 0) !== basedOnDraft) throw new FieldError("text", "draftChanged");
    try {
      return await tx.jointMessage.create({ data: { incidentId, draft: basedOnDraft + 1, text, authorName: me.name, authorId: membership.id }, select: { id: true } });
    } catch (error) {
      // Two drafts at once both pass the check above; the unique (incidentId, draft) refuses the second.
      if (isUniqueViolation(error)) throw new FieldError("text", "draftChanged");
      throw error;
    }
  });
}

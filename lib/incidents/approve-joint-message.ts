import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { lockRow } from "@/lib/db/locks";

const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const;

// A member approves the latest draft for their party (police, municipality, community).
// Once all three approved it, it is final. An older draft cannot be approved.
export async function approveJointMessage(viewer: Viewer | null, programmeId: string, incidentId: string, messageId: string) {
  const { viewer: me, membership } = authorize(viewer, "incident.approve", programmeId);
  return db.$transaction(async (tx) => {
    // Approvals and new drafts of one incident take turns on its row (draftJointMessage takes
    // it too), and "latest" is read after it: otherwise a draft could become final while a
    // newer one is saved, or the last two parties approving at once would each count only
    // their own approval, and neither would make the message final.
    await lockRow(tx, "Incident", incidentId);
    const latest = await tx.jointMessage.findFirst({
      where: { incidentId, incident: { programmeId, status: "OPEN" } },
      orderBy: { draft: "desc" },
      select: { id: true, finalAt: true },
    });
    if (!latest) throw new NotFoundError();
    if (latest.id !== messageId) throw new FieldError("form", "newerDraft");
    if (latest.finalAt) return { final: true };
    await tx.jointMessageApproval.createMany({ data: [{ messageId, party: membership.party, membershipId: membership.id, approvedBy: me.name }], skipDuplicates: true });
    const approved = await tx.jointMessageApproval.findMany({ where: { messageId }, select: { party: true } });
    const final = parties.every((party) => approved.some((a) => a.party === party));
    if (final) await tx.jointMessage.update({ where: { id: messageId }, data: { finalAt: new Date() } });
    return { final };
  });
}

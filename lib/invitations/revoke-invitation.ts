import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";

export async function revokeInvitation(viewer: Viewer | null, input: { programmeId: string; invitationId: string }, now = new Date()) {
  const { viewer: me } = authorize(viewer, "members.manage", input.programmeId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, programmeId: input.programmeId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent({ kind: "invitation.revoked", actorId: me.personId, programmeId: input.programmeId, subjectId: input.invitationId }, tx);
  });
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertAnotherCoordinatorRemains } from "./coordinator-guard";

// Ends a membership: access is gone at once (the viewer ignores ended memberships), the
// row and everything the member did stay as history.
export async function endMembership(viewer: Viewer | null, input: { programmeId: string; membershipId: string; version: number }, now = new Date()) {
  const { viewer: me } = authorize(viewer, "members.manage", input.programmeId);
  await db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({
      where: { id: input.membershipId, programmeId: input.programmeId, leftAt: null },
      select: { id: true, role: true, party: true, organisation: true, version: true },
    });
    if (!current) throw new NotFoundError();
    if (current.role === "COORDINATOR") await assertAnotherCoordinatorRemains(tx, input.programmeId, current.id, "confirm");
    const { count } = await tx.membership.updateMany({
      where: { id: current.id, version: input.version, leftAt: null },
      data: { leftAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(current);
    await recordAuditEvent({ kind: "membership.ended", actorId: me.personId, programmeId: input.programmeId, subjectId: current.id }, tx);
  });
}

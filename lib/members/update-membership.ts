import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Party, Role } from "@/lib/generated/prisma/client";
import { assertAnotherCoordinatorRemains } from "./coordinator-guard";

export type MembershipChange = {
  programmeId: string;
  membershipId: string;
  version: number;
  role: Role;
  party: Party;
  organisation?: string | null;
};

// A coordinator changes a member's role, party and organisation (version-checked).
export async function updateMembership(viewer: Viewer | null, input: MembershipChange) {
  const { viewer: me } = authorize(viewer, "members.manage", input.programmeId);
  return db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({
      where: { id: input.membershipId, programmeId: input.programmeId, leftAt: null },
      select: { id: true, role: true, party: true, organisation: true, version: true },
    });
    if (!current) throw new NotFoundError();
    if (current.role === "COORDINATOR" && input.role !== "COORDINATOR") await assertAnotherCoordinatorRemains(tx, input.programmeId, current.id);
    const { count } = await tx.membership.updateMany({
      where: { id: current.id, version: input.version, leftAt: null },
      data: { role: input.role, party: input.party, organisation: input.organisation || null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(current);
    await recordAuditEvent(
      {
        kind: "membership.role-changed",
        actorId: me.personId,
        programmeId: input.programmeId,
        subjectId: current.id,
        data: { from: { role: current.role, party: current.party }, to: { role: input.role, party: input.party } },
      },
      tx,
    );
  });
}

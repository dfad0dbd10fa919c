import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";

// One active membership of the programme, for a coordinator to edit.
export async function getMembership(viewer: Viewer | null, programmeId: string, membershipId: string) {
  authorize(viewer, "members.manage", programmeId);
  const membership = await db.membership.findFirst({
    where: { id: membershipId, programmeId, leftAt: null },
    select: { id: true, party: true, role: true, organisation: true, version: true, joinedAt: true, commitmentAcceptedAt: true, person: { select: { name: true } } },
  });
  if (!membership) throw new NotFoundError();
  return membership;
}

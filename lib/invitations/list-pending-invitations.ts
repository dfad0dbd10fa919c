import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// Invitations not yet accepted or revoked, newest first; expired ones are shown as such.
export async function listPendingInvitations(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "members.manage", programmeId);
  return db.invitation.findMany({
    where: { programmeId, acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, email: true, name: true, party: true, role: true, organisation: true, expiresAt: true, createdAt: true },
  });
}

import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import type { Party } from "@/lib/generated/prisma/client";
import { createInvitation } from "@/lib/invitations/create-invitation";

// Site admin only: appoints a coordinator by sending them a coordinator invitation.
export async function appointCoordinator(
  viewer: Viewer | null,
  input: { programmeId: string; email: string; name: string; party: Party; organisation?: string | null; locale: "en" | "nl" },
  now = new Date(),
) {
  const admin = requireAdmin(viewer);
  return db.$transaction(async (tx) => {
    const exists = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } });
    if (!exists) throw new NotFoundError();
    return createInvitation(tx, { ...input, role: "COORDINATOR" }, { personId: admin.personId, name: admin.name }, now);
  });
}

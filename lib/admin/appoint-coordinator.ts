import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { Party } from "@/lib/generated/prisma/client";
import { nudgeJobs } from "@/lib/jobs/nudge";
import { createInvitation } from "@/lib/invitations/create-invitation";

// Site admin only: appoints a coordinator by sending them a coordinator invitation.
//
// The site admin administers the site, not programmes: they cannot appoint themselves, nor
// any other site admin (an admin who became coordinator, party POLICE, of any programme
// would read its professionals-only notes). Who can be appointed is checked by address:
// the invitation is bound to it. Every appointment is recorded in the programme's own
// audit log, which its coordinators read (docs/decisions/017-hold-under-load-and-attack.md).
export async function appointCoordinator(
  viewer: Viewer | null,
  input: { programmeId: string; email: string; name: string; party: Party; organisation?: string | null; locale: "en" | "nl" },
  now = new Date(),
) {
  const admin = requireAdmin(viewer);
  const email = input.email.trim().toLowerCase();
  if (email === admin.email.toLowerCase()) throw new FieldError("email", "adminSelfAppointment");
  const invitation = await db.$transaction(async (tx) => {
    const [exists, invitee] = await Promise.all([
      tx.programme.findUnique({ where: { id: input.programmeId }, select: { id: true } }),
      tx.person.findUnique({ where: { email }, select: { isAdmin: true } }),
    ]);
    if (!exists) throw new NotFoundError();
    if (invitee?.isAdmin) throw new FieldError("email", "adminSelfAppointment");
    const invitation = await createInvitation(tx, { ...input, role: "COORDINATOR" }, { personId: admin.personId, name: admin.name }, now);
    await recordAuditEvent({ kind: "admin.coordinator-appointed", actorId: admin.personId, programmeId: input.programmeId, subjectId: invitation.id, data: { party: input.party } }, tx);
    return invitation;
  });
  nudgeJobs("deliver-emails");
  return invitation;
}

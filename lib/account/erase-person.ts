import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertAnotherCoordinatorRemains } from "@/lib/members/coordinator-guard";

export const formerMemberName = "Former member";

// Removes the signed-in person's personal data: sessions, accounts and sign-in links go,
// dinner answers lose their dietary needs, invitations addressed to them are anonymised,
// every membership ends, and the person row keeps only an anonymous name. What they did
// (action updates, audit events) stays, attributed to "Former member".
export async function erasePerson(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  const personId = me.personId;
  await db.$transaction(async (tx) => {
    const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { email: true } });
    for (const membership of me.memberships.filter((m) => m.role === "COORDINATOR")) {
      await assertAnotherCoordinatorRemains(tx, membership.programmeId, membership.id, "confirm");
    }
    const erasedEmail = `erased-${personId}@invalid`;
    await tx.session.deleteMany({ where: { personId } });
    await tx.account.deleteMany({ where: { personId } });
    await tx.verificationToken.deleteMany({ where: { identifier: person.email } });
    await tx.email.deleteMany({ where: { to: person.email, sentAt: null } });
    await tx.rsvp.updateMany({ where: { membership: { personId } }, data: { dietaryNeeds: null } });
    await tx.invitation.updateMany({ where: { email: person.email }, data: { email: erasedEmail, name: formerMemberName, organisation: null, revokedAt: now } });
    await tx.membership.updateMany({ where: { personId, leftAt: null }, data: { leftAt: now, consentToSharePhone: false, version: { increment: 1 } } });
    await tx.membership.updateMany({ where: { personId }, data: { organisation: null } });
    await tx.person.update({
      where: { id: personId },
      data: {
        name: formerMemberName,
        email: erasedEmail,
        emailVerified: null,
        phone: null,
        dietaryNeeds: null,
        locale: null,
        isAdmin: false,
        calendarToken: randomBytes(24).toString("base64url"),
      },
    });
    await recordAuditEvent({ kind: "person.erased", actorId: personId, subjectId: personId }, tx);
  });
}

import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { hashInvitationToken } from "./invitation-token";

export type AcceptInput = { token: string; phone?: string | null; consentToSharePhone: boolean };

// Public: the token is the credential. One transaction: the invitation is claimed with a
// conditional update (so a double submit accepts once), the person is created or reused,
// the membership created or reactivated, and the acceptance audited.
export async function acceptInvitation(input: AcceptInput, now = new Date()): Promise<{ programmeId: string; email: string }> {
  const tokenHash = hashInvitationToken(input.token);
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count === 0) throw new NotFoundError("Invitation no longer valid");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, programmeId: true, email: true, name: true, party: true, role: true, organisation: true },
    });
    const phone = input.phone?.trim() || null;
    const existing = await tx.person.findUnique({ where: { email: invitation.email }, select: { id: true, phone: true } });
    const person = existing
      ? await tx.person.update({ where: { id: existing.id }, data: phone ? { phone } : {}, select: { id: true } })
      : await tx.person.create({ data: { name: invitation.name, email: invitation.email, phone }, select: { id: true } });
    const terms = {
      party: invitation.party,
      role: invitation.role,
      organisation: invitation.organisation,
      commitmentAcceptedAt: now,
      consentToSharePhone: input.consentToSharePhone,
    };
    const membership = await tx.membership.upsert({
      where: { programmeId_personId: { programmeId: invitation.programmeId, personId: person.id } },
      create: { programmeId: invitation.programmeId, personId: person.id, joinedAt: now, ...terms },
      update: { ...terms, leftAt: null, joinedAt: now, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(
      { kind: "invitation.accepted", actorId: person.id, programmeId: invitation.programmeId, subjectId: membership.id, data: { invitationId: invitation.id, role: invitation.role } },
      tx,
    );
    return { programmeId: invitation.programmeId, email: invitation.email };
  });
}

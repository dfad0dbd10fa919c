import { createMagicLink } from "@/lib/auth/magic-link";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashInvitationToken } from "./invitation-token";

export type AcceptInput = { token: string; phone?: string | null; consentToSharePhone: boolean };

// Public: the token is the credential. One transaction: the invitation is claimed with a
// conditional update (so a double submit accepts once), the person is created or reused,
// the membership created or reactivated, and the acceptance audited.
export type Accepted = { programmeId: string; email: string; signInLink: string };

export async function acceptInvitation(input: AcceptInput, now = new Date()): Promise<Accepted> {
  try {
    return await acceptOnce(input, now);
  } catch (error) {
    // Two invitations to the same new address accepted at the same moment: both found no
    // person (or membership) and the other one's insert won the unique index. Our
    // transaction was rolled back, invitation claim included, so running it once more
    // finds their row and reuses it.
    if (isUniqueViolation(error)) return acceptOnce(input, now);
    throw error;
  }
}

// The sign-in link the browser follows next is made in the same transaction: an acceptance
// never stands without it (a retry would find the invitation spent).
async function acceptOnce(input: AcceptInput, now: Date): Promise<Accepted> {
  return db.$transaction(async (tx) => {
    const { programmeId, email } = await accept(tx, input, now);
    return { programmeId, email, signInLink: await createMagicLink(email, `/programmes/${programmeId}`, tx) };
  });
}

async function accept(tx: Prisma.TransactionClient, input: AcceptInput, now: Date): Promise<{ programmeId: string; email: string }> {
  const tokenHash = hashInvitationToken(input.token);
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
    ? // A new version whatever changes: the account form open elsewhere must not save over
      // the phone given here or the new membership's consent.
      await tx.person.update({ where: { id: existing.id }, data: { ...(phone ? { phone } : {}), version: { increment: 1 } }, select: { id: true } })
    : await tx.person.create({ data: { name: invitation.name, email: invitation.email, phone }, select: { id: true } });
  const current = await tx.membership.findUnique({
    where: { programmeId_personId: { programmeId: invitation.programmeId, personId: person.id } },
    select: { id: true, role: true, leftAt: true },
  });
  // Already an active member (an old invitation, or a second one): the invitation is
  // spent and the member goes to the programme, but their membership stays as it is. An
  // old ALLY link must never demote a coordinator (perhaps the programme's last one) or
  // change their party: roles change only on the members page, by someone allowed to.
  // Refusing instead would send a member who did nothing wrong to a dead end.
  if (current && !current.leftAt) {
    await recordAuditEvent(
      { kind: "invitation.accepted", actorId: person.id, programmeId: invitation.programmeId, subjectId: current.id, data: { invitationId: invitation.id, role: current.role, alreadyMember: true } },
      tx,
    );
    return { programmeId: invitation.programmeId, email: invitation.email };
  }
  const terms = {
    party: invitation.party,
    role: invitation.role,
    organisation: invitation.organisation,
    commitmentAcceptedAt: now,
    consentToSharePhone: input.consentToSharePhone,
  };
  const membership = current
    ? await tx.membership.update({ where: { id: current.id }, data: { ...terms, leftAt: null, joinedAt: now, version: { increment: 1 } }, select: { id: true } })
    : await tx.membership.create({ data: { programmeId: invitation.programmeId, personId: person.id, joinedAt: now, ...terms }, select: { id: true } });
  await recordAuditEvent(
    { kind: "invitation.accepted", actorId: person.id, programmeId: invitation.programmeId, subjectId: membership.id, data: { invitationId: invitation.id, role: invitation.role } },
    tx,
  );
  return { programmeId: invitation.programmeId, email: invitation.email };
}

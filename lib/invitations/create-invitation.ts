import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueEmail } from "@/lib/email/queue-email";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { appUrl } from "@/lib/env";
import { FieldError } from "@/lib/errors";
import type { Party, Prisma, Role } from "@/lib/generated/prisma/client";
import { invitationLifetimeMs, newInvitationToken } from "./invitation-token";

export type InvitationInput = {
  programmeId: string;
  email: string;
  name: string;
  party: Party;
  role: Role;
  organisation?: string | null;
  locale: "en" | "nl";
};

// Shared by coordinators' invitations and the site admin's appointment of a coordinator.
// Runs inside the caller's transaction: invitation, e-mail and audit event together.
export async function createInvitation(
  tx: Prisma.TransactionClient,
  input: InvitationInput,
  inviter: { personId: string; name: string },
  now: Date,
) {
  const email = input.email.trim().toLowerCase();
  const [programme, activeMember] = await Promise.all([
    tx.programme.findUniqueOrThrow({ where: { id: input.programmeId }, select: { name: true } }),
    tx.membership.findFirst({ where: { programmeId: input.programmeId, leftAt: null, person: { email } }, select: { id: true } }),
  ]);
  if (activeMember) throw new FieldError("email", "alreadyMember");
  const { token, tokenHash } = newInvitationToken();
  const invitation = await tx.invitation.create({
    data: {
      programmeId: input.programmeId,
      email,
      name: input.name,
      party: input.party,
      role: input.role,
      organisation: input.organisation || null,
      tokenHash,
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
      invitedById: inviter.personId,
    },
    select: { id: true },
  });
  const link = `${appUrl()}/invitations/${token}`;
  await queueEmail(
    { dedupeKey: `invitation:${invitation.id}:${tokenHash.slice(0, 16)}`, to: email, ...(await invitationEmail({ name: input.name, programme: programme.name, inviter: inviter.name, link }, input.locale)) },
    tx,
  );
  await recordAuditEvent(
    { kind: "invitation.sent", actorId: inviter.personId, programmeId: input.programmeId, subjectId: invitation.id, data: { role: input.role, locale: input.locale } },
    tx,
  );
  return { id: invitation.id, token, link };
}

import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueEmail } from "@/lib/email/queue-email";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { appUrl } from "@/lib/env";
import { FieldError } from "@/lib/errors";
import type { Party, Prisma, Role } from "@/lib/generated/prisma/client";
import { hashOfNoToken, linkTokenSlot } from "@/lib/email/email-links";
import { invitationLifetimeMs } from "./invitation-token";

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
  const invitation = await tx.invitation.create({
    data: {
      programmeId: input.programmeId,
      email,
      name: input.name,
      party: input.party,
      role: input.role,
      organisation: input.organisation || null,
      tokenHash: hashOfNoToken(),
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
      invitedById: inviter.personId,
    },
    select: { id: true },
  });
  await queueInvitationEmail(tx, { id: invitation.id, email, name: input.name, programme: programme.name }, inviter.name, input.locale);
  await recordAuditEvent(
    { kind: "invitation.sent", actorId: inviter.personId, programmeId: input.programmeId, subjectId: invitation.id, data: { role: input.role, locale: input.locale } },
    tx,
  );
  return { id: invitation.id };
}

// The invitation's link gets its token when the e-mail is sent (lib/email/email-links.ts);
// sending it ends any link sent before for the same invitation.
export async function queueInvitationEmail(
  tx: Prisma.TransactionClient,
  invitation: { id: string; email: string; name: string; programme: string },
  inviter: string,
  locale: "en" | "nl",
) {
  const link = `${appUrl()}/invitations/${linkTokenSlot}`;
  await queueEmail(
    {
      dedupeKey: `invitation:${invitation.id}:${randomUUID()}`,
      to: invitation.email,
      link: { kind: "invitation", ref: invitation.id },
      ...(await invitationEmail({ name: invitation.name, programme: invitation.programme, inviter, link }, locale)),
    },
    tx,
  );
}

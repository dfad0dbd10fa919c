import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueEmail } from "@/lib/email/queue-email";
import { invitationEmail } from "@/lib/email/templates/invitation";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { invitationLifetimeMs, newInvitationToken } from "./invitation-token";

// Only the hash of the old token is stored, so a resend makes a new token (the old link
// stops working), a fresh 14-day expiry, and e-mails it in the language first chosen.
export async function resendInvitation(viewer: Viewer | null, input: { programmeId: string; invitationId: string }, now = new Date()) {
  const { viewer: me } = authorize(viewer, "members.manage", input.programmeId);
  await db.$transaction(async (tx) => {
    const [invitation, sent] = await Promise.all([
      tx.invitation.findFirst({
        where: { id: input.invitationId, programmeId: input.programmeId, acceptedAt: null, revokedAt: null },
        select: { id: true, email: true, name: true, programme: { select: { name: true } } },
      }),
      tx.auditEvent.findFirst({
        where: { kind: "invitation.sent", programmeId: input.programmeId, subjectId: input.invitationId },
        orderBy: { createdAt: "desc" },
        select: { data: true },
      }),
    ]);
    if (!invitation) throw new NotFoundError();
    const { token, tokenHash } = newInvitationToken();
    await tx.invitation.update({ where: { id: invitation.id }, data: { tokenHash, expiresAt: new Date(now.getTime() + invitationLifetimeMs) } });
    const locale = (sent?.data as { locale?: string } | null)?.locale === "nl" ? "nl" : "en";
    const link = `${appUrl()}/invitations/${token}`;
    await queueEmail(
      { dedupeKey: `invitation:${invitation.id}:${tokenHash.slice(0, 16)}`, to: invitation.email, ...(await invitationEmail({ name: invitation.name, programme: invitation.programme.name, inviter: me.name, link }, locale)) },
      tx,
    );
    await recordAuditEvent({ kind: "invitation.resent", actorId: me.personId, programmeId: input.programmeId, subjectId: invitation.id }, tx);
  });
}

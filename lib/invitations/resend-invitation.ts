import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashOfNoToken } from "@/lib/email/email-links";
import { NotFoundError } from "@/lib/errors";
import { nudgeJobs } from "@/lib/jobs/nudge";
import { queueInvitationEmail } from "./create-invitation";
import { invitationLifetimeMs } from "./invitation-token";

// A resend ends the link sent before at once, gives a fresh 14-day expiry, and e-mails a new
// link (its token made at sending) in the language first chosen.
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
    await tx.invitation.update({ where: { id: invitation.id }, data: { tokenHash: hashOfNoToken(), expiresAt: new Date(now.getTime() + invitationLifetimeMs) } });
    const locale = (sent?.data as { locale?: string } | null)?.locale === "nl" ? "nl" : "en";
    await queueInvitationEmail(tx, { id: invitation.id, email: invitation.email, name: invitation.name, programme: invitation.programme.name }, me.name, locale);
    await recordAuditEvent({ kind: "invitation.resent", actorId: me.personId, programmeId: input.programmeId, subjectId: invitation.id }, tx);
  });
  nudgeJobs("deliver-emails");
}

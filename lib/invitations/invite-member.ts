import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { nudgeJobs } from "@/lib/jobs/nudge";
import { createInvitation, type InvitationInput } from "./create-invitation";

// A coordinator invites someone by e-mail: the invitation, its e-mail and an audit event in one transaction.
export async function inviteMember(viewer: Viewer | null, input: InvitationInput, now = new Date()) {
  const { viewer: me } = authorize(viewer, "members.manage", input.programmeId);
  const invitation = await db.$transaction((tx) => createInvitation(tx, input, { personId: me.personId, name: me.name }, now));
  nudgeJobs("deliver-emails");
  return invitation;
}

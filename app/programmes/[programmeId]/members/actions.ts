"use server";

import { redirect } from "next/navigation";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { inviteMemberInput, pendingInvitationInput } from "@/lib/invitations/invitation-input";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { endMembership } from "@/lib/members/end-membership";
import { endMembershipInput, groupChatInput, updateMembershipInput } from "@/lib/members/membership-input";
import { setGroupChatUrl } from "@/lib/members/set-group-chat-url";
import { updateMembership } from "@/lib/members/update-membership";

export const inviteMemberAction = serverAction(inviteMemberInput, async (viewer, input) => {
  await inviteMember(viewer, input);
  refreshPages();
  redirect(`/programmes/${input.programmeId}/members?invited=1`);
});

export const resendInvitationAction = serverAction(pendingInvitationInput, async (viewer, input) => {
  await resendInvitation(viewer, input);
  refreshPages();
  return { ok: true, message: "resent" };
});

export const revokeInvitationAction = serverAction(pendingInvitationInput, async (viewer, input) => {
  await revokeInvitation(viewer, input);
  refreshPages();
  return { ok: true, message: "revoked" };
});

export const setGroupChatUrlAction = serverAction(groupChatInput, async (viewer, input) => {
  await setGroupChatUrl(viewer, input);
  refreshPages();
  return { ok: true, message: "groupChatSaved" };
});

export const updateMembershipAction = serverAction(updateMembershipInput, async (viewer, input) => {
  await updateMembership(viewer, input);
  refreshPages();
  return { ok: true, message: "saved" };
});

export const endMembershipAction = serverAction(endMembershipInput, async (viewer, { confirm: _confirm, ...input }) => {
  await endMembership(viewer, input);
  refreshPages();
  redirect(`/programmes/${input.programmeId}/members`);
});

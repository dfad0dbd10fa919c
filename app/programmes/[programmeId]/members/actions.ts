"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/forms/server-action";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { endMembership } from "@/lib/members/end-membership";
import { groupChatUrlSchema, setGroupChatUrl } from "@/lib/members/set-group-chat-url";
import { updateMembership } from "@/lib/members/update-membership";

const id = z.string().max(64);
const version = z.coerce.number().int().min(0).max(2_147_483_647);
const party = z.enum(["POLICE", "MUNICIPALITY", "COMMUNITY"]);
const role = z.enum(["COORDINATOR", "POLICE_LIAISON", "ALLY"]);
const organisation = z.string().trim().max(200).optional();

const inviteSchema = z.object({
  programmeId: id,
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().max(254).email(),
  party,
  role,
  organisation,
  locale: z.enum(["en", "nl"]),
});

export const inviteMemberAction = serverAction(inviteSchema, async (viewer, input) => {
  await inviteMember(viewer, input);
  revalidatePath(`/programmes/${input.programmeId}/members`);
  redirect(`/programmes/${input.programmeId}/members?invited=1`);
});

const invitationSchema = z.object({ programmeId: id, invitationId: id });

export const resendInvitationAction = serverAction(invitationSchema, async (viewer, input) => {
  await resendInvitation(viewer, input);
  revalidatePath(`/programmes/${input.programmeId}/members`);
});

export const revokeInvitationAction = serverAction(invitationSchema, async (viewer, input) => {
  await revokeInvitation(viewer, input);
  revalidatePath(`/programmes/${input.programmeId}/members`);
});

const groupChatSchema = z.object({ programmeId: id, version, groupChatUrl: groupChatUrlSchema });

export const setGroupChatUrlAction = serverAction(groupChatSchema, async (viewer, input) => {
  await setGroupChatUrl(viewer, input);
  revalidatePath(`/programmes/${input.programmeId}`, "layout");
});

const membershipSchema = z.object({ programmeId: id, membershipId: id, version, role, party, organisation });

export const updateMembershipAction = serverAction(membershipSchema, async (viewer, input) => {
  await updateMembership(viewer, input);
  revalidatePath(`/programmes/${input.programmeId}`, "layout");
});

const endSchema = z.object({ programmeId: id, membershipId: id, version, confirm: z.unknown().refine((value) => value === "yes", "confirmRequired") });

export const endMembershipAction = serverAction(endSchema, async (viewer, input) => {
  await endMembership(viewer, input);
  revalidatePath(`/programmes/${input.programmeId}`, "layout");
  redirect(`/programmes/${input.programmeId}/members`);
});

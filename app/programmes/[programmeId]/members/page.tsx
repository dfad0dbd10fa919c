import { getTranslations } from "@/lib/i18n/server";
import { GroupChat } from "@/components/members/group-chat";
import { InvitedNotice } from "@/components/members/invited-notice";
import { MemberDirectory } from "@/components/members/member-directory";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { LinkButton } from "@/components/page/link-button";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getMemberDirectory } from "@/lib/members/get-member-directory";

export const generateMetadata = pageTitle("members.title");

// The programme's members: the group chat, the directory and (for coordinators) the invitations.
export default async function MembersPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ invited?: string; form?: string }> }) {
  const { programmeId } = await params;
  const { invited, form } = await searchParams;
  const path = `/programmes/${programmeId}/members`;
  const viewer = await requirePageViewer(path);
  // One statement; the invitations only for those who may manage members.
  const { programme, members, invitations, canManage } = await loadForPage(() => getMemberDirectory(viewer, programmeId));
  const t = await getTranslations("members");

  return (
    <Page title={t("title")} width="wide">
      {canManage && (
        <p>
          <LinkButton href={`${path}/invite`}>{t("invite")}</LinkButton>
        </p>
      )}
      {invited && <InvitedNotice />}
      <GroupChat programme={programme} canManage={canManage} open={form === "group-chat"} />
      <MemberDirectory programmeId={programmeId} members={members} canManage={canManage} />
      {canManage && <PendingInvitations programmeId={programmeId} invitations={invitations} />}
    </Page>
  );
}

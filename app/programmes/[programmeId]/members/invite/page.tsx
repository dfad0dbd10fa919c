import { getTranslations } from "@/lib/i18n/server";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { Page } from "@/components/page/page";
import { authorize } from "@/lib/auth/policy";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("members.inviteTitle");

export default async function InvitePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/members/invite`);
  await loadForPage(async () => authorize(viewer, "members.manage", programmeId));
  const t = await getTranslations("members");

  return (
    <Page title={t("inviteTitle")} intro={t("inviteIntro")} back={{ href: `/programmes/${programmeId}/members`, label: t("back") }} width="narrow">
      <InviteMemberForm programmeId={programmeId} />
    </Page>
  );
}

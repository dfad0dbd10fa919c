import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { EndMembership } from "@/components/members/end-membership";
import { MembershipForm } from "@/components/members/membership-form";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getMembership } from "@/lib/members/get-membership";

export const generateMetadata = pageTitle("members.detailPageTitle");

// One membership, as a coordinator changes or ends it.
export default async function MembershipPage({ params }: { params: Promise<{ programmeId: string; membershipId: string }> }) {
  const { programmeId, membershipId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/members/${membershipId}`);
  const membership = await loadForPage(() => getMembership(viewer, programmeId, membershipId));
  const t = await getTranslations("members");
  const format = await getFormatter();

  return (
    <Page
      title={t("editTitle", { name: membership.person.name })}
      intro={t("joined", { date: format.dateTime(membership.joinedAt, { dateStyle: "long" }) })}
      back={{ href: `/programmes/${programmeId}/members`, label: t("back") }}
      width="narrow"
    >
      <MembershipForm programmeId={programmeId} membership={membership} />
      <EndMembership programmeId={programmeId} membership={membership} />
    </Page>
  );
}

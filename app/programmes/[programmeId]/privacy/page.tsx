import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { Section } from "@/components/page/section";
import { RetentionForm } from "@/components/privacy/retention-form";
import { RetentionTable } from "@/components/privacy/retention-table";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";

export const generateMetadata = pageTitle("privacy.title");

// What the programme keeps about people and for how long, from the one list
// (lib/privacy/personal-data.ts); coordinators choose the periods within their bounds.
export default async function PrivacyPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/privacy`);
  const overview = await loadForPage(() => getPrivacyOverview(viewer, programmeId));
  const t = await getTranslations("privacy");
  return (
    <Page title={t("title")} intro={t("intro", { programme: overview.programme.name })}>
      <RetentionTable overview={overview} />
      <Section id="rights" title={t("yourRights")}>
        <p>
          {t("yourRightsText")} <Link href="/account" className="font-medium text-blue-900 underline">{t("accountLink")}</Link>
        </p>
      </Section>
      {overview.canEdit && <RetentionForm programmeId={programmeId} overview={overview} />}
    </Page>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { ReportSignalForm } from "@/components/signals/report-signal-form";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getSignalForm } from "@/lib/signals/get-signal-form";

export const generateMetadata = pageTitle("signals.reportTitle");

// Report a signal: what, where, how you know it, how tense, who may read it.
export default async function NewSignalPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/signals/new`);
  const options = await loadForPage(() => getSignalForm(viewer, programmeId));
  const t = await getTranslations("signals");
  return (
    <Page title={t("reportTitle")} intro={t("reportIntro")} back={{ href: `/programmes/${programmeId}/signals`, label: t("backToPicture") }} width="narrow">
      <ReportSignalForm programmeId={programmeId} options={options} />
    </Page>
  );
}

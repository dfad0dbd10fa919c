import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { ReadinessPhase } from "@/components/readiness/readiness-points";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getReadiness } from "@/lib/readiness/get-readiness";

export const generateMetadata = pageTitle("readiness.title");

// The municipality's ten-point readiness (NCTV, as summarised by RAN POL): status per point.
export default async function ReadinessPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/readiness`);
  const readiness = await loadForPage(() => getReadiness(viewer, programmeId));
  const t = await getTranslations("readiness");
  return (
    <Page title={t("title")} intro={t("intro", { municipality: readiness.programme.municipality })}>
      <ReadinessPhase programmeId={programmeId} readiness={readiness} phase="prepared" />
      <ReadinessPhase programmeId={programmeId} readiness={readiness} phase="signals" />
    </Page>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { ReadinessPhase } from "@/components/readiness/readiness-points";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getReadiness } from "@/lib/readiness/get-readiness";

export const generateMetadata = pageTitle("readiness.title");

// The municipality's ten-point readiness (NCTV, as summarised by RAN POL): status per point.
export default async function ReadinessPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ edit?: string }> }) {
  const { programmeId } = await params;
  // The point whose form is open (components/readiness/readiness-points.tsx); anything else opens none.
  const { edit } = await searchParams;
  const editing = edit && /^(10|[1-9])$/.test(edit) ? Number(edit) : null;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/readiness`);
  const readiness = await loadForPage(() => getReadiness(viewer, programmeId));
  const t = await getTranslations("readiness");
  return (
    <Page title={t("title")} intro={t("intro", { municipality: readiness.programme.municipality })}>
      <ReadinessPhase programmeId={programmeId} readiness={readiness} phase="prepared" editing={editing} />
      <ReadinessPhase programmeId={programmeId} readiness={readiness} phase="signals" editing={editing} />
    </Page>
  );
}

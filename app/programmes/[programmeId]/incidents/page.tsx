import { getTranslations } from "@/lib/i18n/server";
import { IncidentList } from "@/components/incidents/incident-list";
import { ProposeIncidentForm } from "@/components/incidents/propose-incident-form";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { listIncidents } from "@/lib/incidents/list-incidents";

export const generateMetadata = pageTitle("incidents.title");

// When tension rises: the incidents of the programme, and opening (or proposing) one.
export default async function IncidentsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/incidents`);
  const data = await loadForPage(() => listIncidents(viewer, programmeId));
  const t = await getTranslations("incidents");
  return (
    <Page title={t("title")} intro={t("intro")}>
      <p>
        <a href={`/programmes/${programmeId}/protocol`}>{t("protocolLink")}</a>
      </p>
      <IncidentList programmeId={programmeId} incidents={data.incidents} timeZone={data.timeZone} />
      <ProposeIncidentForm programmeId={programmeId} topics={data.topics} opensAtOnce={data.opensAtOnce} />
    </Page>
  );
}

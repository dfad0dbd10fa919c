import { getTranslations } from "@/lib/i18n/server";
import { CheckIn, CheckInGrid } from "@/components/incidents/check-in";
import { CloseIncidentForm } from "@/components/incidents/close-incident-form";
import { IncidentLog } from "@/components/incidents/incident-log";
import { IncidentNotice } from "@/components/incidents/incident-notice";
import { IncidentSummary } from "@/components/incidents/incident-summary";
import { JointMessage } from "@/components/incidents/joint-message";
import { Meetings } from "@/components/incidents/meetings";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getIncident } from "@/lib/incidents/get-incident";

export const generateMetadata = pageTitle("incidents.incidentTitle");

// One incident: what happened, the first step, check in, one voice, meet, the log, closing.
// The forms used once in an incident's life (convene a meeting, close it, choose a polled
// meeting's time) or seldom (link an existing action) open from a link (`?form=convene`,
// `?form=close`, `?form=link-action`, `?pick=<option>`; also without JavaScript), so the page
// everyone opens during the turmoil stays short and light (issue 10).
export default async function IncidentPage({ params, searchParams }: { params: Promise<{ programmeId: string; incidentId: string }>; searchParams: Promise<{ form?: string; pick?: string }> }) {
  const { programmeId, incidentId } = await params;
  const { form, pick } = await searchParams;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/incidents/${incidentId}`);
  const data = await loadForPage(() => getIncident(viewer, programmeId, incidentId));
  const t = await getTranslations("incidents");
  return (
    <Page title={t("incidentTitle")} intro={`${t(`status.${data.incident.status}`)} · ${t("levelShort", { level: data.incident.level })}`} back={{ href: `/programmes/${programmeId}/incidents`, label: t("backToIncidents") }}>
      {data.may.checkIn && <CheckIn programmeId={programmeId} data={data} />}
      <IncidentSummary programmeId={programmeId} data={data} />
      <IncidentNotice programmeId={programmeId} data={data} />
      <CheckInGrid data={data} />
      {data.incident.status !== "PROPOSED" && <JointMessage programmeId={programmeId} data={data} />}
      {data.incident.status !== "PROPOSED" && <Meetings programmeId={programmeId} data={data} conveneOpen={form === "convene"} pickOption={typeof pick === "string" ? pick : undefined} />}
      <IncidentLog programmeId={programmeId} data={data} linkOpen={form === "link-action"} />
      <CloseIncidentForm programmeId={programmeId} data={data} open={form === "close"} />
    </Page>
  );
}

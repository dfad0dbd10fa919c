import { getTranslations } from "@/lib/i18n/server";
import { ProtocolForm } from "@/components/incidents/protocol-form";
import { ProtocolView } from "@/components/incidents/protocol-view";
import { SharingAgreement } from "@/components/incidents/sharing-agreement";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getProtocol } from "@/lib/incidents/get-protocol";

export const generateMetadata = pageTitle("incidents.protocol.pageTitle");

// Agreed before anything happens: who takes the first step, and what may be shared.
export default async function ProtocolPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ form?: string }> }) {
  const { programmeId } = await params;
  const { form } = await searchParams;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/protocol`);
  const data = await loadForPage(() => getProtocol(viewer, programmeId));
  const t = await getTranslations("incidents");
  return (
    <Page title={t("protocol.pageTitle")} intro={t("protocol.intro")} back={{ href: `/programmes/${programmeId}/incidents`, label: t("backToIncidents") }}>
      <ProtocolView programmeId={programmeId} protocol={data.protocol} timeZone={data.programme.timeZone} />
      <SharingAgreement programmeId={programmeId} data={data} />
      {data.canEdit && <ProtocolForm programmeId={programmeId} data={data} open={form === "edit"} />}
    </Page>
  );
}

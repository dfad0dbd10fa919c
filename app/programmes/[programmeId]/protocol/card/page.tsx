import { getTranslations } from "@/lib/i18n/server";
import { ProtocolSteps } from "@/components/incidents/protocol-view";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getProtocol } from "@/lib/incidents/get-protocol";

export const generateMetadata = pageTitle("incidents.protocol.cardTitle");

// The first-step protocol as a one-page card to print (the browser's print prints just this);
// phone numbers only of members who consented to share them.
export default async function ProtocolCardPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/protocol/card`);
  const data = await loadForPage(() => getProtocol(viewer, programmeId));
  const t = await getTranslations("incidents.protocol");
  return (
    <Page title={`${data.programme.name}: ${t("cardTitle")}`} intro={data.protocol ? t("cardVersion", { version: data.protocol.version }) : t("none")} back={{ href: `/programmes/${programmeId}/protocol`, label: t("backToProtocol") }}>
      <p className="print:hidden">{t("printHint")}</p>
      <ProtocolSteps steps={data.parties} headingLevel={2} />
      {data.agreement && <p className="text-sm">{t("agreementHolds", { version: data.agreement.version })}</p>}
    </Page>
  );
}

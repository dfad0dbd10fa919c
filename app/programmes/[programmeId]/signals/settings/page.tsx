import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { SignalSettingsForm } from "@/components/signals/signal-settings-form";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getSignalSettings } from "@/lib/signals/get-signal-settings";

export const generateMetadata = pageTitle("signals.settingsTitle");

// Coordinators: parts of the neighbourhood, pulse, alert threshold, retention.
export default async function SignalSettingsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/signals/settings`);
  const data = await loadForPage(() => getSignalSettings(viewer, programmeId));
  const t = await getTranslations("signals");
  return (
    <Page title={t("settingsTitle")} back={{ href: `/programmes/${programmeId}/signals`, label: t("backToPicture") }} width="narrow">
      <SignalSettingsForm programmeId={programmeId} data={data} />
    </Page>
  );
}

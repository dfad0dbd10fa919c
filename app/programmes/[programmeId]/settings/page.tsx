import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { ProgrammeSettingsForm } from "@/components/settings/programme-settings-form";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getProgrammeSettings } from "@/lib/programmes/get-programme-settings";

export const generateMetadata = pageTitle("settings.pageTitle");

export default async function ProgrammeSettingsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/settings`);
  const settings = await loadForPage(() => getProgrammeSettings(viewer, programmeId));
  const t = await getTranslations("settings");

  return (
    <Page title={t("pageTitle")}>
      <ProgrammeSettingsForm settings={settings} />
    </Page>
  );
}

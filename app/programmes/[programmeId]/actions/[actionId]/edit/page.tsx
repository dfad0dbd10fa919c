import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { ActionFieldsForm } from "@/components/actions/action-fields-form";
import { Card } from "@/components/page/card";
import { Page } from "@/components/page/page";
import { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("actions.editTitle");

export default async function EditActionPage({ params }: { params: Promise<{ programmeId: string; actionId: string }> }) {
  const { programmeId, actionId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/actions/${actionId}/edit`);
  const options = await loadForPage(() => getActionFormOptions(viewer, programmeId, { actionId }));
  const t = await getTranslations("actions");

  return (
    <Page title={t("editTitle")} back={{ href: `/programmes/${programmeId}/actions/${actionId}`, label: t("backToAction") }}>
      <Card>
        <ActionFieldsForm programmeId={programmeId} options={options} />
      </Card>
    </Page>
  );
}

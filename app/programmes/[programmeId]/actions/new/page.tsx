import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { ActionFieldsForm } from "@/components/actions/action-fields-form";
import { Card } from "@/components/page/card";
import { Page } from "@/components/page/page";
import { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("actions.newTitle");

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Logging an action; from an agenda (?dinnerId=…) the dinner is chosen already.
export default async function NewActionPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const { dinnerId: rawDinnerId } = await searchParams;
  const dinnerId = typeof rawDinnerId === "string" && rawDinnerId.length <= 64 ? rawDinnerId : undefined;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/actions/new${dinnerId ? `?dinnerId=${encodeURIComponent(dinnerId)}` : ""}`);
  const options = await loadForPage(() => getActionFormOptions(viewer, programmeId, { dinnerId }));
  const t = await getTranslations("actions");
  const back = options.selectedDinnerId
    ? { href: `/programmes/${programmeId}/dinners/${options.selectedDinnerId}/agenda`, label: t("backToAgenda") }
    : { href: `/programmes/${programmeId}/actions`, label: t("backToActions") };

  return (
    <Page title={t("newTitle")} back={back}>
      <Card>
        <ActionFieldsForm programmeId={programmeId} options={options} />
      </Card>
    </Page>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { CancelDinner } from "@/components/dinners/cancel-dinner-form";
import { EditDinnerForm } from "@/components/dinners/edit-dinner-form";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinnerForm } from "@/lib/dinners/get-dinner-form";

export const generateMetadata = pageTitle("dinners.editDinner");

// Edit a planned dinner, or cancel it.
export default async function EditDinnerPage({ params }: { params: Promise<{ programmeId: string; dinnerId: string }> }) {
  const { programmeId, dinnerId } = await params;
  const dinnerPath = `/programmes/${programmeId}/dinners/${dinnerId}`;
  const viewer = await requirePageViewer(`${dinnerPath}/edit`);
  const form = await loadForPage(() => getDinnerForm(viewer, programmeId, dinnerId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const dinner = form.dinner!;
  const back = { href: dinnerPath, label: t("backToDinner") };

  if (dinner.status !== "PLANNED") {
    return (
      <Page title={t("editDinner")} back={back}>
        <p role="status">{t("notEditable", { status: common(`dinnerStatus.${dinner.status}`) })}</p>
      </Page>
    );
  }
  return (
    <Page
      title={t("editDinner")}
      intro={
        <>
          <p>{t("form.timeZoneNote", { timeZone: form.programme.timeZone })}</p>
          <p>{t("form.notifyNote")}</p>
        </>
      }
      back={back}
    >
      <EditDinnerForm programmeId={programmeId} dinnerId={dinnerId} dinner={dinner} timeZone={form.programme.timeZone} />
      <CancelDinner programmeId={programmeId} dinnerId={dinnerId} version={dinner.version} />
    </Page>
  );
}

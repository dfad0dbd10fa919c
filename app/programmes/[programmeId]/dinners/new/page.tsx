import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { PlanDinnerForm } from "@/components/dinners/plan-dinner-form";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinnerForm } from "@/lib/dinners/get-dinner-form";

export const generateMetadata = pageTitle("dinners.planDinner");

// Plan a dinner; the party whose turn it is to host comes suggested.
export default async function NewDinnerPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/dinners/new`);
  const form = await loadForPage(() => getDinnerForm(viewer, programmeId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");

  return (
    <Page
      title={t("planDinner")}
      intro={
        <>
          <p>{t("form.timeZoneNote", { timeZone: form.programme.timeZone })}</p>
          <p className="font-medium text-slate-950">{t("suggestedHost", { party: common(`parties.${form.suggestedHost}`) })}</p>
        </>
      }
      back={{ href: `/programmes/${programmeId}/dinners`, label: t("allDinners") }}
    >
      <PlanDinnerForm programmeId={programmeId} suggestedHost={form.suggestedHost} />
    </Page>
  );
}

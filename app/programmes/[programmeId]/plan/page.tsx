import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { PlanForms } from "@/components/plan/plan-form";
import { PlanHistory, PlanView } from "@/components/plan/plan-view";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getProgrammePlan } from "@/lib/plan/get-programme-plan";

export const generateMetadata = pageTitle("plan.title");

// The programme plan: vision, goals per topic, roles per party; the coordinator edits it
// (each save a new version) and records the yearly review; the history below.
export default async function ProgrammePlanPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/plan`);
  const plan = await loadForPage(() => getProgrammePlan(viewer, programmeId));
  const t = await getTranslations("plan");
  return (
    <Page title={t("title")} intro={t("intro")}>
      <PlanView plan={plan} />
      {plan.canEdit && <PlanForms programmeId={programmeId} plan={plan} />}
      <PlanHistory plan={plan} />
    </Page>
  );
}

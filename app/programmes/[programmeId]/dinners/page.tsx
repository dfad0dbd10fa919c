import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { Warnings } from "@/components/dinners/warnings";
import { YearDinners } from "@/components/dinners/year-dinners";
import { YearNav } from "@/components/dinners/year-nav";
import { YearSummary } from "@/components/dinners/year-summary";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinnerYear, parseYear } from "@/lib/dinners/get-dinner-year";

export const generateMetadata = pageTitle("common.dinners");

// A programme's dinners of one year: how far along the target, whose turn it is, every dinner.
export default async function DinnersYearPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ year?: string }> }) {
  const { programmeId } = await params;
  const requested = parseYear((await searchParams).year);
  const base = `/programmes/${programmeId}/dinners`;
  const viewer = await requirePageViewer(requested ? `${base}?year=${requested}` : base);
  const data = await loadForPage(() => getDinnerYear(viewer, programmeId, requested));
  const t = await getTranslations("dinners");
  const { counts, cadence } = data;

  return (
    <Page title={t("yearTitle", { year: data.year })} width="wide">
      <YearNav base={base} year={data.year} currentYear={data.currentYear} canPlan={data.canPlan} />
      <Warnings
        lines={[
          cadence.nextNotPlanned && t("warnNextNotPlanned"),
          cadence.behindPace && t("warnBehindPace", { missing: cadence.missing, days: cadence.daysLeft, target: counts.target }),
          cadence.targetMissed && t("warnTargetMissed", { held: counts.held, target: counts.target }),
        ]}
      />
      <YearSummary data={data} />
      <YearDinners base={base} data={data} />
    </Page>
  );
}

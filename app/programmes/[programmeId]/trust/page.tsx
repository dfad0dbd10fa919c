import { getTranslations } from "@/lib/i18n/server";
import { YearNav } from "@/components/dinners/year-nav";
import { TrustTrendSection } from "@/components/follow-up/trust-trend-section";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { parseActionFilters } from "@/lib/actions/action-filters";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTrustTrend } from "@/lib/trust/get-trust-trend";

export const generateMetadata = pageTitle("trust.trendTitle");

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A year of trust checks: per statement, everyone's mean and each party's after every held
// dinner, as charts and tables. Its own page, one link from the follow-up dashboard, so the
// dashboard a coordinator opens at the dinner table stays light (issue 10, decision 027).
export default async function TrustPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const { year: requested } = parseActionFilters(await searchParams);
  const path = `/programmes/${programmeId}/trust`;
  const viewer = await requirePageViewer(requested ? `${path}?year=${requested}` : path);
  const trend = await loadForPage(() => getTrustTrend(viewer, programmeId, { year: requested }));
  const t = await getTranslations("trust");
  const followUp = await getTranslations("followUp");
  return (
    <Page title={t("trendHeading", { year: trend.year })} back={{ href: `/programmes/${programmeId}/follow-up?year=${trend.year}`, label: followUp("heading", { year: trend.year }) }} width="wide">
      <YearNav base={path} year={trend.year} currentYear={trend.currentYear} canPlan={false} />
      <TrustTrendSection trend={trend} />
    </Page>
  );
}

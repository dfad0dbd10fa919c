import Link from "next/link";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { FollowUpActions } from "@/components/follow-up/follow-up-actions";
import { FollowUpBreakdown } from "@/components/follow-up/follow-up-breakdown";
import { FollowUpFigures } from "@/components/follow-up/follow-up-figures";
import { followUpFormat } from "@/components/follow-up/follow-up-format";
import { YearPicker } from "@/components/follow-up/year-picker";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { actionFiltersQuery, parseActionFilters } from "@/lib/actions/action-filters";
import { parsePage } from "@/lib/actions/list-actions";
import { getFollowUpDashboard } from "@/lib/follow-up/get-follow-up-dashboard";

export const generateMetadata = pageTitle("followUp.title");

// How many actions a page of the list shows (then the pager); the CSV export has them all.
// 25: the dashboard's figures stay the page's weight, not a hundred rows (decision 028).
const listPageSize = 25;

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A year of actions: the figures, split by lead party and by topic, and the filtered list;
// a link to the year's trust checks.
export default async function FollowUpPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const query = await searchParams;
  const filters = parseActionFilters(query);
  const page = parsePage(query.page);
  const path = `/programmes/${programmeId}/follow-up`;
  const viewer = await requirePageViewer(`${path}${actionFiltersQuery(filters)}`);
  const dashboard = await loadForPage(() => getFollowUpDashboard(viewer, programmeId, filters, { limit: listPageSize, page }));
  const t = await getTranslations("followUp");
  const common = await getTranslations("common");
  const trustText = await getTranslations("trust");
  const { topicName } = await followUpFormat();
  const { year, totals } = dashboard;
  const empty = totals.total === 0;

  return (
    <Page title={t("heading", { year })} intro={`${dashboard.programme.name} · ${t("yearHint", { year })}`} width="wide">
      <YearPicker path={path} year={year} years={dashboard.years} />
      <FollowUpFigures totals={totals} />
      <FollowUpBreakdown
        id="by-party"
        heading={t("byParty")}
        chartTitle={t("partyChartTitle", { year })}
        first={t("party")}
        year={year}
        empty={empty}
        rows={dashboard.byParty.map((p) => ({ label: common(`parties.${p.party}`), figures: p.figures }))}
      />
      <FollowUpBreakdown
        id="by-topic"
        heading={t("byTopic")}
        chartTitle={t("topicChartTitle", { year })}
        first={t("topic")}
        year={year}
        empty={empty}
        rows={dashboard.byTopic.map((entry) => ({ label: topicName(entry), figures: entry.figures }))}
      />
      {/* The trust trend is a page of its own (charts and tables per statement): issue 10. */}
      <p>
        <Link href={`/programmes/${programmeId}/trust?year=${year}`} className="inline-flex min-h-11 items-center font-medium">
          {trustText("trendTitle")} →
        </Link>
      </p>
      <FollowUpActions path={path} filters={filters} dashboard={dashboard} />
    </Page>
  );
}

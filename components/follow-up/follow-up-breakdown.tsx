import { getTranslations } from "@/lib/i18n/server";
import { FiguresTable } from "@/components/page/figures-table";
import { Section } from "@/components/page/section";
import type { FollowUpFigures } from "@/lib/follow-up/get-follow-up-dashboard";
import { BarChart, type ChartSeries } from "./bar-chart";
import { followUpFormat } from "./follow-up-format";

export type BreakdownRow = { label: string; figures: FollowUpFigures };

// The year's actions split one way (by lead party, by topic): a chart and its table.
export async function FollowUpBreakdown({
  id,
  heading,
  chartTitle,
  first,
  year,
  empty,
  rows,
}: {
  id: string;
  heading: string;
  chartTitle: string;
  first: string;
  year: number;
  empty: boolean;
  rows: BreakdownRow[];
}) {
  const t = await getTranslations("followUp");
  const { percent, days } = await followUpFormat();
  const series: ChartSeries[] = [
    { key: "done", label: t("done"), color: "#15803d" },
    { key: "dropped", label: t("dropped"), color: "#94a3b8" },
    { key: "onTime", label: t("openOnTime"), color: "#1d4ed8" },
    { key: "overdue", label: t("overdue"), color: "#b91c1c" },
  ];
  const summary = rows
    .map(({ label, figures: f }) => t("chartRowSummary", { label, total: f.total, done: f.done, dropped: f.dropped, open: f.open - f.overdue, overdue: f.overdue }))
    .join(" ");
  const chartRows = rows.map(({ label, figures: f }) => ({ label, values: { done: f.done, dropped: f.dropped, onTime: f.open - f.overdue, overdue: f.overdue }, valueText: String(f.total) }));
  const headers = [first, t("total"), t("open"), t("overdue"), t("done"), t("dropped"), t("completionRate"), t("medianDaysToDone")];
  const tableRows = rows.map(({ label, figures: f }) => [label, f.total, f.open, f.overdue, f.done, f.dropped, percent(f.completionRate), days(f.medianDaysToDone)]);
  return (
    <Section id={id} title={heading} card>
      {empty ? <p>{t("noActionsChart", { year })}</p> : <BarChart id={`${id}-chart`} title={chartTitle} summary={summary} series={series} rows={chartRows} />}
      <FiguresTable id={`${id}-table`} caption={t("tableOf", { what: heading.toLowerCase() })} headers={headers} rows={tableRows} />
    </Section>
  );
}

import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { figuresTable } from "@/components/page/figures-table";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import { trustLineChart, type TrendSeries } from "@/components/trust/trust-line-chart";
import type { getTrustTrend } from "@/lib/trust/get-trust-trend";
import { trustParties, trustStatements, trustThreshold } from "@/lib/trust/statements";

export const trustColors = { overall: "#0f172a", POLICE: "#1d4ed8", MUNICIPALITY: "#b45309", COMMUNITY: "#15803d" } as const;

// The follow-up dashboard's trust trend: per statement a small line chart (everyone, and
// each party that reached the anonymity threshold) and the same numbers as a table. Read-only:
// the three statements are one prepared string (decision 026), on the trust page and in the
// council report.
export async function TrustTrendSection({ trend }: { trend: Pick<Awaited<ReturnType<typeof getTrustTrend>>, "timeZone" | "points"> }) {
  const t = await getTranslations("trust");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const points = trend.points.filter((p) => trustStatements.some((s) => p.overall.mean[s] !== null));
  const labels = points.map((p) => format.dateTime(p.startsAt, { timeZone: trend.timeZone, day: "numeric", month: "short" }));
  const number = (value: number | null) => (value === null ? t("hidden") : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

  const figures =
    points.length > 0 &&
    html`${trustStatements.map((statement) => {
      const series: TrendSeries[] = [
        { key: "overall", label: t("overall"), color: trustColors.overall, values: points.map((p) => p.overall.mean[statement]) },
        ...trustParties
          .map((party) => ({ key: party, label: common(`parties.${party}`), color: trustColors[party], dash: "5 3", values: points.map((p) => p.byParty[party].mean[statement]) }))
          .filter((s) => s.values.some((v) => v !== null)),
      ];
      const latest = points.at(-1)?.overall.mean[statement] ?? null;
      const chart = trustLineChart({
        id: `trust-${statement}`,
        title: t("chartTitle", { statement: t(`short.${statement}`) }),
        summary: t("chartSummary", { count: points.length, latest: number(latest) }),
        labels,
        series,
      });
      const table = figuresTable({
        id: `trust-${statement}`,
        caption: t("tableCaption", { statement: t(`short.${statement}`) }),
        headers: [t("dinner"), t("answersCount"), t("overall"), ...trustParties.map((party) => common(`parties.${party}`))],
        rows: points.map((p, index) => [labels[index]!, p.overall.answers, number(p.overall.mean[statement]), ...trustParties.map((party) => number(p.byParty[party].mean[statement]))]),
      });
      return html`<div class="flex min-w-0 flex-col gap-3"><h3 class="font-semibold">${t(`short.${statement}`)}</h3><p class="text-sm text-slate-700">${t(`statements.${statement}`)}</p>${chart}${table}</div>`;
    })}`;

  return (
    <Section id="trust-trend" title={t("trendTitle")} hint={t("trendHint", { threshold: trustThreshold })}>
      {figures ? <div className="grid grid-cols-1 gap-6 lg:grid-cols-3" dangerouslySetInnerHTML={figures} /> : <p>{t("trendEmpty")}</p>}
      <p className="text-sm text-slate-700">{t("hiddenNote", { threshold: trustThreshold })}</p>
    </Section>
  );
}

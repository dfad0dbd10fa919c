import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { TrustTrendSection } from "@/components/follow-up/trust-trend-section";
import { figuresTable } from "@/components/page/figures-table";
import { html, type Markup } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { CouncilReport } from "@/lib/council/get-council-report";
import { topicLabel } from "@/lib/topics/topic-label";

// The council report's figures as page sections (also laid out for print). Figures only:
// see lib/council/get-council-report.ts for what is deliberately left out. Read-only: each
// section's figures are one prepared string (decision 026).
export async function CouncilReportView({ report }: { report: CouncilReport }) {
  const t = await getTranslations("council");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const num = (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 1 }));
  const topicName = (topic: CouncilReport["topicsDiscussed"][number]["topic"]) => (topic ? topicLabel(topic, common) : t("noTopic"));
  const actionHeaders = [t("agreed"), t("done"), t("dropped"), t("open"), t("medianDays")];
  const actionCells = (f: { agreed: number; done: number; dropped: number; open: number; medianDaysToDone: number | null }) => [f.agreed, f.done, f.dropped, f.open, num(f.medianDaysToDone)];
  const trend = { year: Number(report.period.to.slice(0, 4)), timeZone: report.programme.timeZone, points: report.trust.points };
  const figures = (markup: Markup) => <div className="contents" dangerouslySetInnerHTML={markup} />;
  const risks = (
    [
      ["signals", t("signals"), report.signals],
      ["incidents", t("incidents"), report.incidents],
    ] as const
  ).map(([id, label, counts]) =>
    counts === null || counts.length === 0
      ? html`<p><span class="font-medium">${label}:</span> ${counts === null ? t("notAvailable") : t("none")}</p>`
      : figuresTable({ id: `risk-${id}`, caption: label, headers: [t("topic"), t("level"), t("count")], rows: counts.map((c) => [topicName(c.topic), c.level, c.count]) }),
  );

  return (
    <>
      <p className="text-sm text-slate-700">{t("privacy")}</p>
      <Section id="dinners" title={t("dinnersTitle")}>
        {figures(
          html`<p class="text-lg font-semibold">${t("dinnersHeld", { held: report.dinners.held, target: report.dinners.target })}</p><p>${t("cancelled")}: ${report.dinners.cancelled} · ${t("planned")}: ${report.dinners.planned}</p>${figuresTable({
            id: "attendance",
            caption: t("attendanceTitle"),
            headers: [t("party"), t("attendances"), t("perDinner"), t("dinnersWithParty")],
            rows: report.attendance.map((a) => [common(`parties.${a.party}`), a.attendances, num(a.perDinner), a.dinnersWithParty]),
          })}`,
        )}
      </Section>
      <Section id="topics" title={t("topicsTitle")}>
        {figures(
          report.topicsDiscussed.length === 0
            ? html`<p>${t("none")}</p>`
            : figuresTable({ id: "topics-table", caption: t("topicsCaption"), headers: [t("topic"), t("agendaItems"), t("dinners")], rows: report.topicsDiscussed.map((row) => [topicName(row.topic), row.items, row.dinners]) }),
        )}
      </Section>
      <Section id="actions" title={t("actionsTitle")}>
        {figures(
          html`${figuresTable({ id: "actions-party", caption: t("actionsByParty"), headers: [t("lead"), ...actionHeaders], rows: [...report.actions.byParty.map((row) => [common(`parties.${row.lead}`), ...actionCells(row)]), [t("total"), ...actionCells(report.actions.totals)]] })}${
            report.actions.byTopic.length > 0 && figuresTable({ id: "actions-topic", caption: t("actionsByTopic"), headers: [t("topic"), ...actionHeaders], rows: report.actions.byTopic.map((row) => [topicName(row.topic), ...actionCells(row)]) })
          }`,
        )}
      </Section>
      <TrustTrendSection trend={trend} />
      <Section id="risks" title={t("risksTitle")}>
        {figures(html`${risks}`)}
      </Section>
    </>
  );
}

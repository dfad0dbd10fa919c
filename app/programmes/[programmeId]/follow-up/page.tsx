import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart, type ChartSeries } from "@/components/follow-up/bar-chart";
import { FiguresTable } from "@/components/follow-up/figures-table";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { actionFiltersQuery, followUpStatusFilters, leadParties, parseActionFilters } from "@/lib/actions/action-filters";
import { getFollowUpDashboard, type FollowUpFigures } from "@/lib/follow-up/get-follow-up-dashboard";
import { listFollowUpActions } from "@/lib/follow-up/list-follow-up-actions";
import { topicLabel } from "@/lib/topics/topic-label";

export const generateMetadata = pageTitle("followUp.title");

// How many actions the page lists; the CSV export has them all.
const listLimit = 100;

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowUpPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const filters = parseActionFilters(await searchParams);
  const base = `/programmes/${programmeId}/follow-up`;
  const path = `${base}${actionFiltersQuery(filters)}`;
  const viewer = await requirePageViewer(path);
  const [dashboard, list] = await loadForPage(() =>
    Promise.all([getFollowUpDashboard(viewer, programmeId, filters), listFollowUpActions(viewer, programmeId, filters, { limit: listLimit })]),
  );
  const t = await getTranslations("followUp");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { year, totals } = dashboard;

  const percent = (rate: number | null) => (rate === null ? t("none") : format.number(rate, { style: "percent", maximumFractionDigits: 0 }));
  const days = (value: number | null) => (value === null ? t("none") : t("days", { count: Math.round(value * 10) / 10 }));
  const topicName = (topic: (NonNullable<Parameters<typeof topicLabel>[0]> & { archived?: boolean }) | null) => {
    const name = topicLabel(topic, common);
    if (!name) return t("noTopic");
    return topic?.archived ? t("archived", { name }) : name;
  };

  const series: ChartSeries[] = [
    { key: "done", label: t("done"), color: "#15803d" },
    { key: "dropped", label: t("dropped"), color: "#94a3b8" },
    { key: "onTime", label: t("openOnTime"), color: "#1d4ed8" },
    { key: "overdue", label: t("overdue"), color: "#b91c1c" },
  ];
  const chartRow = (label: string, f: FollowUpFigures) => ({
    label,
    values: { done: f.done, dropped: f.dropped, onTime: f.open - f.overdue, overdue: f.overdue },
    valueText: String(f.total),
  });
  const summaryOf = (rows: { label: string; f: FollowUpFigures }[]) =>
    rows.map(({ label, f }) => t("chartRowSummary", { label, total: f.total, done: f.done, dropped: f.dropped, open: f.open - f.overdue, overdue: f.overdue })).join(" ");

  const partyRows = dashboard.byParty.map((p) => ({ label: common(`parties.${p.party}`), f: p.figures }));
  const topicRows = dashboard.byTopic.map((entry) => ({ label: topicName(entry), f: entry.figures }));
  const tableTexts = {
    total: t("total"),
    open: t("open"),
    overdue: t("overdue"),
    done: t("done"),
    dropped: t("dropped"),
    completionRate: t("completionRate"),
    medianDaysToDone: t("medianDaysToDone"),
  };
  const tableRows = (rows: { label: string; f: FollowUpFigures }[]) =>
    rows.map(({ label, f }) => ({ label, cells: [f.total, f.open, f.overdue, f.done, f.dropped, percent(f.completionRate), days(f.medianDaysToDone)].map(String) }));

  const selectClass = "min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2";
  const cards = [
    { label: t("open"), value: String(totals.open), note: t("openIncludesOverdue", { count: totals.overdue }) },
    { label: t("overdue"), value: String(totals.overdue), alert: totals.overdue > 0 },
    { label: t("done"), value: String(totals.done) },
    { label: t("dropped"), value: String(totals.dropped) },
    { label: t("completionRate"), value: percent(totals.completionRate) },
    { label: t("medianDaysToDone"), value: days(totals.medianDaysToDone) },
  ];
  const listFilters = { ...filters, year };

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h1 className="text-2xl font-bold">{t("heading", { year })}</h1>
            <p className="text-slate-700">
              {dashboard.programme.name} · {t("yearHint", { year })}
            </p>
          </div>
          <form method="get" action={base} className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="year" className="font-medium">
                {t("year")}
              </label>
              <select id="year" name="year" defaultValue={String(year)} className={selectClass}>
                {dashboard.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
              {t("show")}
            </button>
          </form>
        </div>

        <section aria-labelledby="figures" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="figures" className="text-lg font-semibold">
            {t("figures")}
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
            {cards.map((card) => (
              <div key={card.label} className="flex flex-col-reverse rounded-lg bg-slate-50 p-3">
                {card.note && <dd className="text-sm text-slate-700">{card.note}</dd>}
                <dd className={`text-2xl font-bold ${card.alert ? "text-red-800" : ""}`}>{card.value}</dd>
                <dt className="text-sm font-medium text-slate-700">{card.label}</dt>
              </div>
            ))}
          </dl>
          <details className="mt-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("definitions")}</summary>
            <ul className="list-disc pl-5 text-sm text-slate-700">
              <li>{t("definitionOpen")}</li>
              <li>{t("definitionRate")}</li>
              <li>{t("definitionMedian")}</li>
            </ul>
          </details>
        </section>

        <div className="flex flex-col gap-4">
          {[
            { id: "by-party", heading: t("byParty"), chartTitle: t("partyChartTitle", { year }), rows: partyRows, first: t("party") },
            { id: "by-topic", heading: t("byTopic"), chartTitle: t("topicChartTitle", { year }), rows: topicRows, first: t("topic") },
          ].map((block) => (
            <section key={block.id} aria-labelledby={block.id} className="flex min-w-0 flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h2 id={block.id} className="text-lg font-semibold">
                {block.heading}
              </h2>
              {totals.total === 0 ? (
                <p>{t("noActionsChart", { year })}</p>
              ) : (
                <BarChart id={`${block.id}-chart`} title={block.chartTitle} summary={summaryOf(block.rows)} series={series} rows={block.rows.map((r) => chartRow(r.label, r.f))} />
              )}
              <FiguresTable id={`${block.id}-table`} caption={t("tableOf", { what: block.heading.toLowerCase() })} first={block.first} texts={tableTexts} rows={tableRows(block.rows)} />
            </section>
          ))}
        </div>

        <section aria-labelledby="actions" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="actions" className="text-lg font-semibold">
            {t("actions")}
          </h2>
          <form method="get" action={base} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <input type="hidden" name="year" value={year} />
            {[
              { name: "status", label: t("status"), value: filters.status, options: followUpStatusFilters.map((s) => ({ value: s, label: t(`statusFilter.${s}`) })) },
              { name: "party", label: t("party"), value: filters.party, options: leadParties.map((p) => ({ value: p, label: common(`parties.${p}`) })) },
              { name: "topic", label: t("topic"), value: filters.topic, options: dashboard.topics.map((topic) => ({ value: topic.id, label: topicName(topic) })) },
              { name: "owner", label: t("owner"), value: filters.owner, options: dashboard.owners.map((o) => ({ value: o.id, label: `${o.name} (${common(`parties.${o.party}`)})` })) },
            ].map((select) => (
              <div key={select.name} className="flex min-w-0 flex-col gap-1">
                <label htmlFor={`filter-${select.name}`} className="font-medium">
                  {select.label}
                </label>
                <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""} className={`${selectClass} w-full min-w-0`}>
                  <option value="">{t("any")}</option>
                  {select.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
              <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
                {t("filter")}
              </button>
              <Link href={`${base}${actionFiltersQuery({ year })}`} className="inline-flex min-h-11 items-center">
                {t("clearFilters")}
              </Link>
              <a href={`${base}/actions.csv${actionFiltersQuery(listFilters)}`} download className="inline-flex min-h-11 items-center font-medium">
                {t("downloadCsv")}
              </a>
            </div>
          </form>

          <p aria-live="polite" className="font-medium">
            {t("actionCount", { count: list.total })}
          </p>
          {list.total > list.rows.length && <p className="text-slate-700">{t("showingFirst", { shown: list.rows.length, total: list.total })}</p>}
          <ul className="divide-y divide-slate-200">
            {list.rows.map((action) => (
              <li key={action.id} className="flex flex-col gap-1 py-3">
                <Link href={action.href} className="font-medium">
                  {action.title}
                </Link>
                <p className="text-sm text-slate-700">
                  <span className={action.overdue ? "font-semibold text-red-800" : ""}>
                    {common(`actionStatus.${action.status}`)}
                    {action.overdue && ` · ${t("overdue")}`}
                  </span>{" "}
                  · {common(`parties.${action.leadParty}`)} · {topicName(action.topic)} ·{" "}
                  {action.dueDate ? t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) }) : t("noDueDate")}
                </p>
                <p className="text-sm text-slate-700">{action.owners.length > 0 ? t("owners", { names: action.owners.map((o) => o.name).join(", ") }) : t("noOwners")}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}

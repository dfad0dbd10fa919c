import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { FiguresTable } from "@/components/page/figures-table";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { TrendMonth } from "@/lib/signals/trend";
import { levelColours } from "./level-text";

const columnWidth = 14;
const height = 110;
const top = 10;

// The level by month over two years: small columns (mean level of signals and pulse
// answers that month) as one SVG image with a summary, and the same numbers as a table.
export async function TensionTrend({ trend }: { trend: TrendMonth[] }) {
  const t = await getTranslations("signals");
  const format = await getFormatter();
  const monthName = (month: string) => format.dateTime(new Date(`${month}-01T12:00:00Z`), { timeZone: "UTC", month: "short", year: "numeric" });
  const withData = trend.filter((m) => m.meanLevel !== null);
  const highest = withData.reduce<TrendMonth | null>((best, m) => (best && best.meanLevel! >= m.meanLevel! ? best : m), null);
  const summary = highest
    ? t("trendSummary", { months: withData.length, month: monthName(highest.month), level: highest.meanLevel!, signals: trend.reduce((s, m) => s + m.signals, 0) })
    : t("trendEmpty");
  const width = trend.length * columnWidth;
  // Prepared markup (components/page/markup.ts): 24 months of columns and grid lines.
  const drawing = html`<title id="trend-title">${t("trend")}</title><desc id="trend-desc">${summary}</desc>${[1, 2, 3, 4, 5].map((level) => {
    const y = top + height - (level / 5) * height;
    return html`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="#e2e8f0" stroke-width="0.5"/>`;
  })}${trend.map((m, index) => {
    if (m.meanLevel === null) return null;
    const h = (m.meanLevel / 5) * height;
    return html`<rect x="${index * columnWidth + 2}" y="${Math.round((top + height - h) * 10) / 10}" width="${columnWidth - 4}" height="${Math.round(h * 10) / 10}" fill="${levelColours[Math.round(m.meanLevel)]}"/>`;
  })}<text x="0" y="${height + 16}" font-size="9" fill="#0f172a">${monthName(trend[0]!.month)}</text><text x="${width}" y="${height + 16}" font-size="9" fill="#0f172a" text-anchor="end">${monthName(trend.at(-1)!.month)}</text>`;
  return (
    <Section id="trend" title={t("trend")} hint={t("trendHint")} card>
      <figure className="flex flex-col gap-2">
        <svg viewBox={`0 0 ${width} ${height + 16}`} className="h-auto w-full max-w-xl" role="img" aria-labelledby="trend-title trend-desc" dangerouslySetInnerHTML={drawing} />
        <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      </figure>
      <details>
        <summary className="cursor-pointer font-semibold">{t("trendTable")}</summary>
        <FiguresTable
          id="trend-table"
          caption={t("trendTable")}
          headers={[t("month"), t("signalsCount"), t("pulseCount"), t("meanLevel")]}
          rows={trend.map((m) => [monthName(m.month), m.signals, m.pulseAnswers, m.meanLevel ?? "–"])}
        />
      </details>
    </Section>
  );
}

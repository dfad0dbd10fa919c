import { getFormatter, getTranslations } from "@/lib/i18n/server";
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
  return (
    <Section id="trend" title={t("trend")} hint={t("trendHint")} card>
      <figure className="flex flex-col gap-2">
        <svg viewBox={`0 0 ${width} ${height + 16}`} className="h-auto w-full max-w-xl" role="img" aria-labelledby="trend-title trend-desc">
          <title id="trend-title">{t("trend")}</title>
          <desc id="trend-desc">{summary}</desc>
          {[1, 2, 3, 4, 5].map((level) => (
            <line key={level} x1={0} x2={width} y1={top + height - (level / 5) * height} y2={top + height - (level / 5) * height} stroke="#e2e8f0" strokeWidth={0.5} />
          ))}
          {trend.map((m, index) => {
            if (m.meanLevel === null) return null;
            const h = (m.meanLevel / 5) * height;
            return <rect key={m.month} x={index * columnWidth + 2} y={top + height - h} width={columnWidth - 4} height={h} fill={levelColours[Math.round(m.meanLevel)]} />;
          })}
          <text x={0} y={height + 16} fontSize={9} fill="#0f172a">
            {monthName(trend[0]!.month)}
          </text>
          <text x={width} y={height + 16} fontSize={9} fill="#0f172a" textAnchor="end">
            {monthName(trend.at(-1)!.month)}
          </text>
        </svg>
        <figcaption className="text-sm text-slate-700">{summary}</figcaption>
      </figure>
      <details>
        <summary className="cursor-pointer font-semibold">{t("trendTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">{t("month")}</th>
                <th scope="col">{t("signalsCount")}</th>
                <th scope="col">{t("pulseCount")}</th>
                <th scope="col">{t("meanLevel")}</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((m) => (
                <tr key={m.month} className="border-t border-slate-200">
                  <th scope="row" className="font-normal">{monthName(m.month)}</th>
                  <td>{m.signals}</td>
                  <td>{m.pulseAnswers}</td>
                  <td>{m.meanLevel ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Section>
  );
}

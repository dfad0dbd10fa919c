import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { RegionalView } from "@/lib/regional/get-regional-view";
import { trustStatements, trustThreshold } from "@/lib/trust/statements";

// The programmes side by side as one table (names of programmes, never of people). On a
// phone the table scrolls sideways inside its own focusable region.
export async function RegionalTable({ programmes }: { programmes: RegionalView }) {
  const t = await getTranslations("regional");
  const trust = await getTranslations("trust");
  const format = await getFormatter();
  const num = (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 1 }));
  const change = (value: number | null) => (value === null || value === 0 ? "" : ` (${value > 0 ? "+" : ""}${num(value)})`);
  return (
    <Section id="programmes" title={t("programmes", { count: programmes.length })} hint={t("hint", { threshold: trustThreshold })}>
      <div role="region" aria-labelledby="regional-caption" tabIndex={0} className="max-w-full overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-blue-800">
        <table className="w-full border-collapse text-sm">
          <caption id="regional-caption" className="text-left text-sm font-medium text-slate-700">
            {t("caption")}
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="cell-col">{t("programme")}</th>
              <th scope="col" className="cell-col-num">{t("cadence")}</th>
              <th scope="col" className="cell-col-num">{t("completion")}</th>
              {trustStatements.map((s) => (
                <th key={s} scope="col" className="cell-col-num">{trust(`short.${s}`)}</th>
              ))}
              <th scope="col" className="cell-col-num">{t("daysSince")}</th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.id} className="border-b border-slate-200">
                <th scope="row" className="cell-row">
                  {p.name}
                  <span className="block text-xs font-normal text-slate-600">{p.place}</span>
                </th>
                <td className="cell-num">{t("heldOf", { held: p.held, target: p.target })}</td>
                <td className="cell-num">
                  {p.actions.completionRate === null ? "–" : format.number(p.actions.completionRate, { style: "percent" })}
                  <span className="block text-xs text-slate-600">{t("doneOf", { done: p.actions.done, total: p.actions.total })}</span>
                </td>
                {trustStatements.map((s) => (
                  <td key={s} className="cell-num">
                    {num(p.trust[s].last)}
                    {change(p.trust[s].change)}
                  </td>
                ))}
                <td className="cell-num">{p.daysSinceLastDinner === null ? "–" : p.daysSinceLastDinner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

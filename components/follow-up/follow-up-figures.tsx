import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { FollowUpFigures as Figures } from "@/lib/follow-up/get-follow-up-dashboard";
import { followUpFormat } from "./follow-up-format";

// The year's totals as big numbers, with how they are counted. Read-only: prepared markup
// (decision 026), two elements instead of ~30.
export async function FollowUpFigures({ totals }: { totals: Figures }) {
  const t = await getTranslations("followUp");
  const { percent, days } = await followUpFormat();
  const cards: { label: string; value: string; note?: string; alert?: boolean }[] = [
    { label: t("open"), value: String(totals.open), note: t("openIncludesOverdue", { count: totals.overdue }) },
    { label: t("overdue"), value: String(totals.overdue), alert: totals.overdue > 0 },
    { label: t("done"), value: String(totals.done) },
    { label: t("dropped"), value: String(totals.dropped) },
    { label: t("completionRate"), value: percent(totals.completionRate) },
    { label: t("medianDaysToDone"), value: days(totals.medianDaysToDone) },
  ];
  const figures = html`${cards.map(
    (card) =>
      html`<div class="flex flex-col-reverse rounded-lg bg-slate-50 p-3">${card.note && html`<dd class="text-sm text-slate-700">${card.note}</dd>`}<dd class="text-2xl font-bold${card.alert ? " text-red-800" : ""}">${card.value}</dd><dt class="text-sm font-medium text-slate-700">${card.label}</dt></div>`,
  )}`;
  const definitions = html`<summary class="min-h-11 cursor-pointer py-2 font-medium">${t("definitions")}</summary><ul class="list-disc pl-5 text-sm text-slate-700"><li>${t("definitionOpen")}</li><li>${t("definitionRate")}</li><li>${t("definitionMedian")}</li></ul>`;
  return (
    <Section id="figures" title={t("figures")} card>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6" dangerouslySetInnerHTML={figures} />
      <details dangerouslySetInnerHTML={definitions} />
    </Section>
  );
}

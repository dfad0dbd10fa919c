import { getTranslations } from "@/lib/i18n/server";
import { selectMarkup } from "@/components/forms/get-form-select";
import { html } from "@/components/page/markup";

// Which year the dashboard counts: a GET form, so it works without JavaScript; its select
// and button as prepared markup.
export async function YearPicker({ path, year, years }: { path: string; year: number; years: number[] }) {
  const t = await getTranslations("followUp");
  const fields = html`${selectMarkup({ id: "pick-year", label: t("year"), name: "year", value: String(year), options: years.map((y) => ({ value: String(y), label: String(y) })) })}<button type="submit" class="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">${t("show")}</button>`;
  return <form method="get" action={path} className="flex items-end gap-2" dangerouslySetInnerHTML={fields} />;
}

import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/forms/select-field";

// Which year the dashboard counts: a GET form, so it works without JavaScript.
export async function YearPicker({ path, year, years }: { path: string; year: number; years: number[] }) {
  const t = await getTranslations("followUp");
  return (
    <form method="get" action={path} className="flex items-end gap-2">
      <SelectField label={t("year")} name="year" defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <button type="submit" className="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">
        {t("show")}
      </button>
    </form>
  );
}

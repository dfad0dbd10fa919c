import { getTranslations } from "@/lib/i18n/server";

// The period: a plain GET form (no JavaScript), and the PDF of the same period.
export async function CouncilPeriodForm({ path, from, to }: { path: string; from: string; to: string }) {
  const t = await getTranslations("council");
  const query = `from=${from}&to=${to}`;
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <form method="get" action={path} className="flex flex-wrap items-end gap-3" aria-label={t("periodTitle")}>
        <div className="flex flex-col gap-1">
          <label htmlFor="from" className="font-medium">{t("from")}</label>
          <input id="from" name="from" type="date" defaultValue={from} required className="min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="font-medium">{t("to")}</label>
          <input id="to" name="to" type="date" defaultValue={to} required className="min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-lg border border-blue-800 bg-white px-4 font-semibold text-blue-900 hover:bg-blue-50">
          {t("show")}
        </button>
      </form>
      <p className="flex flex-wrap items-center gap-3">
        <a href={`${path}/report.pdf?${query}`} className="inline-flex min-h-11 items-center justify-center rounded-lg bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900" download>
          {t("downloadPdf")}
        </a>
        <span className="text-sm text-slate-700">{t("printHint")}</span>
      </p>
    </div>
  );
}

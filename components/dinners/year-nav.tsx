import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { LinkButton } from "@/components/page/link-button";

// To the year before and after (and back to this year), and "Plan a dinner" for planners.
export async function YearNav({ base, year, currentYear, canPlan }: { base: string; year: number; currentYear: number; canPlan: boolean }) {
  const t = await getTranslations("dinners");
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <nav aria-label={t("yearSwitcher")} className="flex flex-wrap gap-2">
        <Link href={`${base}?year=${year - 1}`} className="inline-flex min-h-11 items-center px-2">
          ← {year - 1}
        </Link>
        {year !== currentYear && (
          <Link href={base} className="inline-flex min-h-11 items-center px-2">
            {t("thisYear")}
          </Link>
        )}
        <Link href={`${base}?year=${year + 1}`} className="inline-flex min-h-11 items-center px-2">
          {year + 1} →
        </Link>
      </nav>
      {canPlan && <LinkButton href={`${base}/new`}>{t("planDinner")}</LinkButton>}
    </div>
  );
}

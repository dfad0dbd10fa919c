import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { Overview } from "./overview-types";

// How many dinners were held this year against the programme's target.
export async function DinnersThisYear({ year, dinners }: { year: number; dinners: Overview["dinners"] }) {
  const t = await getTranslations("overview");
  const figures = { held: dinners.held, target: dinners.target };
  return (
    <Section id="dinners-year" title={t("dinnersThisYear", { year })} card>
      <div>
        <p className="text-3xl font-bold">{t("heldOfTarget", figures)}</p>
        <progress className="mt-2 h-3 w-full accent-blue-800" max={dinners.target} value={Math.min(dinners.held, dinners.target)} aria-label={t("dinnerProgress", figures)} />
        <p className="mt-1 text-slate-700">{t("plannedCount", { count: dinners.planned })}</p>
      </div>
    </Section>
  );
}

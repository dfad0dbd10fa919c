import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { Overview } from "./overview-types";

// The programme's open and overdue actions, as two figures.
export async function ActionsSummary({ actions }: { actions: Overview["actions"] }) {
  const t = await getTranslations("overview");
  return (
    <Section id="actions-summary" title={t("actions")} card>
      <div>
        <p className="text-3xl font-bold">{t("openActions", { count: actions.open })}</p>
        <p className={actions.overdue > 0 ? "font-semibold text-red-800" : "text-slate-700"}>{t("overdueActions", { count: actions.overdue })}</p>
      </div>
    </Section>
  );
}

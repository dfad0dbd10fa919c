import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { Overview } from "./overview-types";

// The actions past their due date, with who leads them.
export async function OverdueActions({ actions }: { actions: Overview["actions"]["overdueList"] }) {
  const t = await getTranslations("overview");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <Section id="overdue" title={t("overdueList")} card>
      <ul className="divide-y divide-slate-200">
        {actions.map((action) => (
          <li key={action.id} className="flex flex-col py-2 sm:flex-row sm:justify-between">
            <span className="font-medium">{action.title}</span>
            <span className="text-sm text-slate-700">
              {common(`parties.${action.leadParty}`)} · {common(`actionStatus.${action.status}`)} ·{" "}
              {action.dueDate && t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

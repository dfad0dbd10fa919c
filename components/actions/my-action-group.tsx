import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { MyActionRow } from "@/lib/actions/list-my-actions";

// One group of "my actions" (overdue, due soon, later), with its count in the heading.
export async function MyActionGroup({ id, heading, empty, rows, alert = false }: { id: string; heading: string; empty: string; rows: MyActionRow[]; alert?: boolean }) {
  const t = await getTranslations("myActions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const title = html`<span${alert && rows.length > 0 && html` class="text-red-800"`}>${heading}</span> <span class="text-base font-normal text-slate-700">(${t("count", { count: rows.length })})</span>`;
  return (
    <Section id={id} title={title} card>
      {rows.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {rows.map((action) => (
            <li key={action.id} className="flex flex-col gap-1 py-3">
              <Link href={action.href} className="font-medium">
                {action.title}
              </Link>
              <p className="text-sm text-slate-700">
                {action.programmeName} · {t("lead", { party: common(`parties.${action.leadParty}`) })} · {common(`actionStatus.${action.status}`)} ·{" "}
                <span className={alert ? "font-semibold text-red-800" : ""}>
                  {action.dueDate ? t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) }) : t("noDueDate")}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

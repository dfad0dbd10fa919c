import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { dueSoonDays, listMyActions, type MyActionRow } from "@/lib/actions/list-my-actions";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("myActions.title");

export default async function MyActionsPage() {
  const path = "/my/actions";
  const viewer = await requirePageViewer(path);
  const mine = await loadForPage(() => listMyActions(viewer));
  const t = await getTranslations("myActions");
  const common = await getTranslations("common");
  const format = await getFormatter();

  const groups: { id: string; heading: string; empty: string; rows: MyActionRow[]; alert?: boolean }[] = [
    { id: "overdue", heading: t("overdue"), empty: t("noneOverdue"), rows: mine.overdue, alert: true },
    { id: "due-soon", heading: t("dueSoon", { days: dueSoonDays }), empty: t("noneDueSoon", { days: dueSoonDays }), rows: mine.dueSoon },
    { id: "later", heading: t("later"), empty: t("noneLater"), rows: mine.later },
  ];

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-slate-700">{mine.total === 0 ? t("nothingOpen") : t("intro")}</p>
        </div>
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id={group.id} className={`text-lg font-semibold ${group.alert && group.rows.length > 0 ? "text-red-800" : ""}`}>
              {group.heading} <span className="text-base font-normal text-slate-700">({t("count", { count: group.rows.length })})</span>
            </h2>
            {group.rows.length === 0 ? (
              <p className="mt-2 text-slate-700">{group.empty}</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200">
                {group.rows.map((action) => (
                  <li key={action.id} className="flex flex-col gap-1 py-3">
                    <Link href={action.href} className="font-medium">
                      {action.title}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {action.programmeName} · {t("lead", { party: common(`parties.${action.leadParty}`) })} · {common(`actionStatus.${action.status}`)} ·{" "}
                      <span className={group.alert ? "font-semibold text-red-800" : ""}>
                        {action.dueDate ? t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) }) : t("noDueDate")}
                      </span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </main>
    </>
  );
}

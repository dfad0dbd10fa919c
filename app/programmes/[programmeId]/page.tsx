import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";

export const generateMetadata = pageTitle("overview.title");

export default async function ProgrammeOverviewPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}`;
  const viewer = await requirePageViewer(path);
  const overview = await loadForPage(() => getProgrammeOverview(viewer, programmeId));
  const t = await getTranslations("overview");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { programme, nextDinner, dinners, actions } = overview;
  const timeZone = programme.timeZone;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <div>
          <h1 className="text-2xl font-bold">{programme.name}</h1>
          <p className="text-slate-700">
            {programme.neighbourhood} · {programme.municipality} · {programme.policeTeam}
          </p>
        </div>

        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <section aria-labelledby="next-dinner" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="next-dinner" className="text-lg font-semibold">
              {t("nextDinner")}
            </h2>
            {nextDinner ? (
              <div className="mt-2 flex flex-col gap-1">
                <p className="text-xl font-bold">
                  {format.dateTime(nextDinner.startsAt, { timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })}
                </p>
                <p>
                  {nextDinner.venueName}, {nextDinner.venueAddress}
                </p>
                <p className="text-slate-700">{t("yourAnswer", { answer: common(`rsvp.${nextDinner.myResponse ?? "none"}`) })}</p>
              </div>
            ) : (
              <p className="mt-2">{t("noNextDinner")}</p>
            )}
          </section>

          <section aria-labelledby="dinners-year" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="dinners-year" className="text-lg font-semibold">
              {t("dinnersThisYear", { year: overview.year })}
            </h2>
            <p className="mt-2 text-3xl font-bold">{t("heldOfTarget", { held: dinners.held, target: dinners.target })}</p>
            <progress className="mt-2 h-3 w-full accent-blue-800" max={dinners.target} value={Math.min(dinners.held, dinners.target)} aria-label={t("dinnerProgress", { held: dinners.held, target: dinners.target })} />
            <p className="mt-1 text-slate-700">{t("plannedCount", { count: dinners.planned })}</p>
          </section>

          <section aria-labelledby="actions-summary" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="actions-summary" className="text-lg font-semibold">
              {t("actions")}
            </h2>
            <p className="mt-2 text-3xl font-bold">{t("openActions", { count: actions.open })}</p>
            <p className={actions.overdue > 0 ? "font-semibold text-red-800" : "text-slate-700"}>{t("overdueActions", { count: actions.overdue })}</p>
          </section>
        </div>

        {actions.overdueList.length > 0 && (
          <section aria-labelledby="overdue" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="overdue" className="text-lg font-semibold">
              {t("overdueList")}
            </h2>
            <ul className="mt-2 divide-y divide-slate-200">
              {actions.overdueList.map((action) => (
                <li key={action.id} className="flex flex-col py-2 sm:flex-row sm:justify-between">
                  <span className="font-medium">{action.title}</span>
                  <span className="text-sm text-slate-700">
                    {common(`parties.${action.leadParty}`)} · {common(`actionStatus.${action.status}`)} ·{" "}
                    {action.dueDate && t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {programme.groupChatUrl && (
          <p>
            <a href={programme.groupChatUrl} rel="noopener noreferrer">
              {t("openGroupChat")}
            </a>
          </p>
        )}
      </main>
    </>
  );
}

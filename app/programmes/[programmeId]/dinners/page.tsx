import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PartyBalanceList } from "@/components/dinners/party-balance";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinnerYear, parseYear } from "@/lib/dinners/get-dinner-year";

export const generateMetadata = pageTitle("common.dinners");

const statusStyle = { PLANNED: "bg-blue-100 text-blue-900", HELD: "bg-green-100 text-green-900", CANCELLED: "bg-slate-200 text-slate-800" } as const;

export default async function DinnersYearPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ year?: string }> }) {
  const { programmeId } = await params;
  const requested = parseYear((await searchParams).year);
  const base = `/programmes/${programmeId}/dinners`;
  const path = requested ? `${base}?year=${requested}` : base;
  const viewer = await requirePageViewer(path);
  const data = await loadForPage(() => getDinnerYear(viewer, programmeId, requested));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { programme, counts, cadence } = data;
  const timeZone = programme.timeZone;
  const when = (date: Date) => format.dateTime(date, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">{t("yearTitle", { year: data.year })}</h1>
          {data.canPlan && (
            <Link href={`${base}/new`} className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-4 font-semibold text-white no-underline hover:bg-blue-900">
              {t("planDinner")}
            </Link>
          )}
        </div>
        <nav aria-label={t("yearSwitcher")} className="flex flex-wrap gap-2">
          <Link href={`${base}?year=${data.year - 1}`} className="inline-flex min-h-11 items-center px-2">
            ← {data.year - 1}
          </Link>
          {data.year !== data.currentYear && (
            <Link href={base} className="inline-flex min-h-11 items-center px-2">
              {t("thisYear")}
            </Link>
          )}
          <Link href={`${base}?year=${data.year + 1}`} className="inline-flex min-h-11 items-center px-2">
            {data.year + 1} →
          </Link>
        </nav>

        {(cadence.nextNotPlanned || cadence.behindPace || cadence.targetMissed) && (
          <div role="alert" className="flex flex-col gap-1 rounded-xl bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-400">
            {cadence.nextNotPlanned && <p className="font-semibold">{t("warnNextNotPlanned")}</p>}
            {cadence.behindPace && <p className="font-semibold">{t("warnBehindPace", { missing: cadence.missing, days: cadence.daysLeft, target: counts.target })}</p>}
            {cadence.targetMissed && <p className="font-semibold">{t("warnTargetMissed", { held: counts.held, target: counts.target })}</p>}
          </div>
        )}

        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <section aria-labelledby="target" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="target" className="text-lg font-semibold">
              {t("target")}
            </h2>
            <p className="mt-2 text-3xl font-bold">{t("heldOfTarget", { held: counts.held, target: counts.target })}</p>
            <progress className="mt-2 h-3 w-full accent-blue-800" max={counts.target} value={Math.min(counts.held, counts.target)} aria-label={t("heldOfTarget", { held: counts.held, target: counts.target })} />
            <p className="mt-1 text-slate-700">{t("plannedAndCancelled", { planned: counts.planned, cancelled: counts.cancelled })}</p>
            {data.canPlan && data.awaitingAttendance > 0 && <p className="mt-1 font-medium text-amber-900">{t("awaitingAttendance", { count: data.awaitingAttendance })}</p>}
          </section>
          <section aria-labelledby="last-dinner" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="last-dinner" className="text-lg font-semibold">
              {t("lastDinner")}
            </h2>
            {data.lastHeld ? (
              <>
                <p className="mt-2 text-xl font-bold">{format.dateTime(data.lastHeld.startsAt, { timeZone, dateStyle: "long" })}</p>
                <p className="text-slate-700">{t("daysAgo", { days: data.lastHeld.daysAgo })}</p>
              </>
            ) : (
              <p className="mt-2">{t("noDinnerHeldYet")}</p>
            )}
            {data.nextDinner && <p className="mt-2">{t("nextOn", { date: format.dateTime(data.nextDinner.startsAt, { timeZone, dateStyle: "long" }) })}</p>}
          </section>
          <section aria-labelledby="hosts" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="hosts" className="text-lg font-semibold">
              {t("hostRotation")}
            </h2>
            {data.recentHosts.length > 0 ? (
              <ol className="mt-2 text-sm">
                {data.recentHosts.map((dinner) => (
                  <li key={dinner.id}>
                    {format.dateTime(dinner.startsAt, { timeZone, dateStyle: "medium" })}: {common(`parties.${dinner.hostParty!}`)}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2">{t("noHostsYet")}</p>
            )}
            <p className="mt-2 font-medium">{t("suggestedHost", { party: common(`parties.${data.suggestedHost}`) })}</p>
          </section>
        </div>

        <section aria-labelledby="list" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="list" className="text-lg font-semibold">
            {t("dinnersOfYear", { year: data.year })}
          </h2>
          {data.dinners.length === 0 ? (
            <p className="mt-2">{t("noDinnersInYear")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {data.dinners.map((dinner) => (
                <li key={dinner.id} className="flex flex-col gap-2 py-3 md:flex-row md:items-center md:justify-between">
                  <div className="flex min-w-0 flex-col">
                    <Link href={`${base}/${dinner.id}`} className="font-semibold">
                      {when(dinner.startsAt)}
                    </Link>
                    <span className="break-words text-slate-700">
                      {dinner.venueName}
                      {dinner.hostParty && <> · {t("hostedBy", { party: common(`parties.${dinner.hostParty}`) })}</>}
                    </span>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className={`rounded-full px-3 py-1 text-sm font-medium ${statusStyle[dinner.status]}`}>{common(`dinnerStatus.${dinner.status}`)}</span>
                    {dinner.status !== "CANCELLED" && <PartyBalanceList balance={dinner.balance} label={dinner.status === "HELD" ? t("attendedByParty") : t("comingByParty")} />}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </>
  );
}

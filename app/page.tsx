import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { ComingList } from "@/components/dinners/coming-list";
import { PartyBalanceList } from "@/components/dinners/party-balance";
import { RsvpForm } from "@/components/dinners/rsvp-form";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getMyDinners } from "@/lib/dinners/get-my-dinners";

const card = "rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200";

// The start page: the member's next dinner, answerable in one tap (also without JavaScript),
// then their other upcoming dinners and their programmes.
export default async function HomePage() {
  const viewer = await requirePageViewer("/");
  const mine = await loadForPage(() => getMyDinners(viewer));
  const common = await getTranslations("common");
  if (mine.programmes.length === 0) {
    return (
      <>
        <AppHeader />
        <main id="main" className="mx-auto max-w-5xl p-4">
          <h1 className="text-2xl font-bold">{common("appName")}</h1>
          <p className="mt-2">{common("noProgrammes")}</p>
        </main>
      </>
    );
  }
  const t = await getTranslations("dinners");
  const format = await getFormatter();
  const { next, later } = mine;

  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("myNextDinner")}</h1>
        {next ? (
          <section aria-labelledby="next-when" className={`${card} flex flex-col gap-3`}>
            <div>
              <h2 id="next-when" className="text-xl font-bold">
                {format.dateTime(next.startsAt, { timeZone: next.timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })}
              </h2>
              <p className="text-slate-700">{next.programmeName}</p>
            </div>
            <div>
              <p className="break-words font-medium">{next.venueName}</p>
              <p className="break-words">{next.venueAddress}</p>
              <a href={next.mapUrl} rel="noopener noreferrer">
                {t("openMap")}
              </a>
              {next.guestNotes && <p className="mt-1 whitespace-pre-line break-words text-slate-700">{next.guestNotes}</p>}
            </div>
            <RsvpForm programmeId={next.programmeId} dinnerId={next.id} myAnswer={next.myAnswer} returnTo="/" />
            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t("whoIsComing")}</h3>
              <PartyBalanceList balance={next.balance} label={t("comingByParty")} />
              <ComingList coming={next.coming} emptyText={t("nobodyYet")} />
            </div>
            <p>
              <Link href={`/programmes/${next.programmeId}/dinners/${next.id}`}>{t("dinnerDetails")}</Link>
            </p>
          </section>
        ) : (
          <p className={card}>{t("noUpcomingDinner")}</p>
        )}

        {later.length > 0 && (
          <section aria-labelledby="later" className={card}>
            <h2 id="later" className="text-lg font-semibold">
              {t("laterDinners")}
            </h2>
            <ul className="mt-2 divide-y divide-slate-200">
              {later.map((dinner) => (
                <li key={dinner.id} className="flex flex-col py-2">
                  <Link href={`/programmes/${dinner.programmeId}/dinners/${dinner.id}`} className="font-semibold">
                    {format.dateTime(dinner.startsAt, { timeZone: dinner.timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}
                  </Link>
                  <span className="break-words text-slate-700">
                    {dinner.programmeName} · {dinner.venueName} · {t("yourAnswer", { answer: common(`rsvp.${dinner.myAnswer.response ?? "none"}`) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="programmes" className={card}>
          <h2 id="programmes" className="text-lg font-semibold">
            {t("yourProgrammes")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {mine.programmes.map((programme) => (
              <li key={programme.id} className="flex flex-wrap gap-x-3">
                <Link href={`/programmes/${programme.id}`} className="inline-flex min-h-11 items-center font-medium">
                  {programme.name}
                </Link>
                <Link href={`/programmes/${programme.id}/dinners`} aria-label={t("programmeDinners", { name: programme.name })} className="inline-flex min-h-11 items-center">
                  {common("dinners")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}

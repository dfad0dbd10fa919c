import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComingList } from "@/components/dinners/coming-list";
import { PartyBalanceList } from "@/components/dinners/party-balance";
import { RsvpForm } from "@/components/dinners/rsvp-form";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinner } from "@/lib/dinners/get-dinner";

export const generateMetadata = pageTitle("dinners.detailPageTitle");

const card = "rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200";

const answers = ["YES", "MAYBE", "NO"] as const;

export default async function DinnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; dinnerId: string }>;
  searchParams: Promise<{ answer?: string }>;
}) {
  const { programmeId, dinnerId } = await params;
  const path = `/programmes/${programmeId}/dinners/${dinnerId}`;
  // A reminder's answer link only preselects: answering stays a deliberate POST.
  const { answer } = await searchParams;
  const suggested = answers.find((a) => a === answer);
  const viewer = await requirePageViewer(suggested ? `${path}?answer=${suggested}` : path);
  const data = await loadForPage(() => getDinner(viewer, programmeId, dinnerId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { dinner, programme, planning } = data;
  const timeZone = programme.timeZone;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/dinners`}>← {t("allDinners")}</Link>
        </p>
        <div>
          <h1 className="text-2xl font-bold">{format.dateTime(dinner.startsAt, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" })}</h1>
          <p className="text-lg">
            {t("timeRange", {
              start: format.dateTime(dinner.startsAt, { timeZone, hour: "2-digit", minute: "2-digit" }),
              end: format.dateTime(dinner.endsAt, { timeZone, hour: "2-digit", minute: "2-digit" }),
            })}
            {" · "}
            <span className={dinner.status === "CANCELLED" ? "font-bold text-red-800" : "font-medium"}>{common(`dinnerStatus.${dinner.status}`)}</span>
          </p>
          <p className="text-slate-700">{programme.name}</p>
        </div>

        {planning && (planning.missingParties.length > 0 || planning.overCapacity) && (
          <div role="alert" className="flex flex-col gap-1 rounded-xl bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-400">
            {planning.missingParties.length > 0 && (
              <p className="font-semibold">{t("warnMissingParties", { parties: planning.missingParties.map((p) => common(`parties.${p}`)).join(", ") })}</p>
            )}
            {planning.overCapacity && <p className="font-semibold">{t("warnOverCapacity", { yes: data.counts.yes, capacity: dinner.capacity ?? 0 })}</p>}
          </div>
        )}

        <section aria-labelledby="where" className={card}>
          <h2 id="where" className="text-lg font-semibold">
            {t("where")}
          </h2>
          <p className="mt-1 break-words font-medium">
            {dinner.venueName} <span className="font-normal text-slate-700">({t(`venueKinds.${dinner.venueKind}`)})</span>
          </p>
          <p className="break-words">{dinner.venueAddress}</p>
          <p>
            <a href={dinner.mapUrl} rel="noopener noreferrer">
              {t("openMap")}
            </a>
          </p>
          {dinner.hostParty && <p className="mt-1">{t("hostLine", { party: common(`parties.${dinner.hostParty}`) })}</p>}
          {dinner.capacity !== null && <p>{t("capacityOf", { capacity: dinner.capacity })}</p>}
          {dinner.guestNotes && (
            <div className="mt-2">
              <h3 className="font-semibold">{t("guestNotes")}</h3>
              <p className="whitespace-pre-line break-words">{dinner.guestNotes}</p>
            </div>
          )}
        </section>

        {data.open && (
          <section aria-labelledby="answer" className={card}>
            <h2 id="answer" className="mb-2 text-lg font-semibold">
              {t("areYouComing")}
            </h2>
            <RsvpForm programmeId={programmeId} dinnerId={dinner.id} myAnswer={data.myAnswer} returnTo={path} suggested={suggested} />
          </section>
        )}

        <section aria-labelledby="coming" className={card}>
          <h2 id="coming" className="text-lg font-semibold">
            {dinner.status === "HELD" ? t("whoCame") : t("whoIsComing")}
          </h2>
          <div className="mt-2 flex flex-col gap-2">
            <PartyBalanceList balance={data.balance} label={dinner.status === "HELD" ? t("attendedByParty") : t("comingByParty")} />
            <ComingList coming={data.coming} emptyText={t("nobodyYet")} />
            {dinner.status !== "HELD" && <p className="text-sm text-slate-700">{t("answerCounts", data.counts)}</p>}
          </div>
        </section>

        {planning && planning.dietaryNeeds.length > 0 && (
          <section aria-labelledby="dietary" className={card}>
            <h2 id="dietary" className="text-lg font-semibold">
              {t("dietaryForKitchen")}
            </h2>
            <ul className="mt-2 list-disc pl-5">
              {planning.dietaryNeeds.map((need, index) => (
                <li key={index} className="break-words">
                  {need}
                </li>
              ))}
            </ul>
          </section>
        )}

        <nav aria-label={t("dinnerLinks")} className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href={`${path}/agenda`} className="inline-flex min-h-11 items-center">
            {t("agenda")}
          </Link>
          <a href={`${path}/calendar.ics`} className="inline-flex min-h-11 items-center">
            {t("addToCalendar")}
          </a>
          {data.canPlan && dinner.status === "PLANNED" && (
            <Link href={`${path}/edit`} className="inline-flex min-h-11 items-center">
              {t("editOrCancel")}
            </Link>
          )}
          {data.canRecordAttendance && data.started && dinner.status !== "CANCELLED" && (
            <Link href={`${path}/attendance`} className="inline-flex min-h-11 items-center">
              {dinner.status === "HELD" ? t("correctAttendance") : t("recordAttendance")}
            </Link>
          )}
        </nav>
      </main>
    </>
  );
}

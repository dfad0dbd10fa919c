import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { DinnerAnswer } from "@/components/dinners/dinner-answer";
import { DinnerComing } from "@/components/dinners/dinner-coming";
import { DinnerDietary } from "@/components/dinners/dinner-dietary";
import { DinnerLinks } from "@/components/dinners/dinner-links";
import { DinnerWhere } from "@/components/dinners/dinner-where";
import { RsvpOutcomeNotice } from "@/components/dinners/rsvp-outcome-notice";
import { Warnings } from "@/components/dinners/warnings";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getDinner } from "@/lib/dinners/get-dinner";
import { readRsvpOutcome } from "@/lib/dinners/rsvp-outcome";
import { RsvpResponse } from "@/lib/generated/prisma/enums";

export const generateMetadata = pageTitle("dinners.detailPageTitle");

// One dinner: when and where, answering, who is coming, and for planners what the kitchen needs.
export default async function DinnerPage({ params, searchParams }: { params: Promise<{ programmeId: string; dinnerId: string }>; searchParams: Promise<{ answer?: string; kept?: string; rsvp?: string; rsvpDinner?: string }> }) {
  const { programmeId, dinnerId } = await params;
  const path = `/programmes/${programmeId}/dinners/${dinnerId}`;
  // A reminder's answer link only preselects: answering stays a deliberate POST.
  const query = await searchParams;
  const { answer } = query;
  const outcome = readRsvpOutcome(query);
  const suggested = Object.values(RsvpResponse).find((a) => a === answer);
  const viewer = await requirePageViewer(suggested ? `${path}?answer=${suggested}` : path);
  const data = await loadForPage(() => getDinner(viewer, programmeId, dinnerId));
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { dinner, programme, planning } = data;
  const time = (date: Date) => format.dateTime(date, { timeZone: programme.timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

  return (
    <Page
      title={format.dateTime(dinner.startsAt, { timeZone: programme.timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" })}
      intro={
        <>
          <p className="text-lg text-slate-950">
            {t("timeRange", { start: time(dinner.startsAt), end: time(dinner.endsAt) })}
            {" · "}
            <span className={dinner.status === "CANCELLED" ? "font-bold text-red-800" : "font-medium"}>{common(`dinnerStatus.${dinner.status}`)}</span>
          </p>
          <p>{programme.name}</p>
        </>
      }
      back={{ href: `/programmes/${programmeId}/dinners`, label: t("allDinners") }}
    >
      <Warnings
        lines={[
          planning && planning.missingParties.length > 0 && t("warnMissingParties", { parties: planning.missingParties.map((p) => common(`parties.${p}`)).join(", ") }),
          planning && planning.absentParties.length > 0 && t("warnAbsentParties", { parties: planning.absentParties.map((p) => common(`parties.${p}`)).join(", ") }),
          planning?.overCapacity && t("warnOverCapacity", { yes: data.counts.yes, capacity: dinner.capacity ?? 0 }),
        ]}
      />
      {outcome?.dinnerId === dinner.id && <RsvpOutcomeNotice outcome={outcome.outcome} answer={data.myAnswer.response} movedTo={{ startsAt: dinner.startsAt, timeZone: programme.timeZone }} />}
      <DinnerWhere dinner={dinner} />
      {data.open && <DinnerAnswer programmeId={programmeId} dinnerId={dinner.id} myAnswer={data.myAnswer} returnTo={path} suggested={suggested} suggestedAfterSignIn={query.kept === "1"} startsAt={dinner.startsAt} />}
      <DinnerComing data={data} />
      {planning && <DinnerDietary needs={planning.dietaryNeeds} />}
      <DinnerLinks path={path} data={data} />
    </Page>
  );
}

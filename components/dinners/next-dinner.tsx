import Link from "next/link";
import { yearIfOther } from "@/lib/i18n/date-formats";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { StartPage } from "@/lib/dinners/get-start-page";
import { ComingList } from "./coming-list";
import { PartyBalanceList } from "./party-balance";
import type { RsvpOutcome } from "@/lib/dinners/rsvp-outcome";
import { RsvpForm } from "./rsvp-form";
import { RsvpOutcomeNotice } from "./rsvp-outcome-notice";

type NextDinner = StartPage["next"];

// The start page's first part: the member's next dinner, answerable in one tap (also
// without JavaScript), with where it is and who is coming.
export async function NextDinner({ next, outcome }: { next: NextDinner; outcome?: { outcome: RsvpOutcome; dinnerId: string } }) {
  const t = await getTranslations("dinners");
  // The outcome of an answer to another dinner (e.g. one cancelled meanwhile) comes first.
  const elsewhere = outcome && outcome.dinnerId !== next?.id ? <RsvpOutcomeNotice outcome={outcome.outcome} /> : null;
  if (!next)
    return (
      <>
        {elsewhere}
        <Card>{t("noUpcomingDinner")}</Card>
      </>
    );
  const format = await getFormatter();
  return (
    <>
    {elsewhere}
    <Section
      id="next-when"
      title={format.dateTime(next.startsAt, { timeZone: next.timeZone, weekday: "long", day: "numeric", month: "long", ...yearIfOther(next.startsAt), hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}
      hint={next.programmeName}
      card
    >
      {/* Where, in two short lines; the answer buttons follow at once, so on a 360×640
          phone they show without scrolling (issue 14). Map and notes come after. */}
      <p className="break-words">
        <span className="font-medium">{next.venueName}</span>, {next.venueAddress}
      </p>
      {outcome?.dinnerId === next.id && <RsvpOutcomeNotice outcome={outcome.outcome} answer={next.myAnswer.response} movedTo={{ startsAt: next.startsAt, timeZone: next.timeZone }} />}
      <RsvpForm programmeId={next.programmeId} dinnerId={next.id} myAnswer={next.myAnswer} returnTo="/" startsAt={next.startsAt} />
      <div>
        <a href={next.mapUrl} rel="noopener noreferrer">
          {t("openMap")}
        </a>
        {next.guestNotes && <p className="mt-1 whitespace-pre-line break-words text-slate-700">{next.guestNotes}</p>}
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">{t("whoIsComing")}</h3>
        <PartyBalanceList balance={next.balance} label={t("comingByParty")} />
        <ComingList coming={next.coming} emptyText={t("nobodyYet")} />
      </div>
      <p>
        <Link href={`/programmes/${next.programmeId}/dinners/${next.id}`}>{t("dinnerDetails")}</Link>
      </p>
    </Section>
    </>
  );
}

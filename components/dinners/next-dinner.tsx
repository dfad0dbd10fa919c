import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { getMyDinners } from "@/lib/dinners/get-my-dinners";
import { ComingList } from "./coming-list";
import { PartyBalanceList } from "./party-balance";
import { RsvpForm } from "./rsvp-form";

type NextDinner = Awaited<ReturnType<typeof getMyDinners>>["next"];

// The start page's first part: the member's next dinner, answerable in one tap (also
// without JavaScript), with where it is and who is coming.
export async function NextDinner({ next }: { next: NextDinner }) {
  const t = await getTranslations("dinners");
  if (!next) return <Card>{t("noUpcomingDinner")}</Card>;
  const format = await getFormatter();
  return (
    <Section
      id="next-when"
      title={format.dateTime(next.startsAt, { timeZone: next.timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })}
      hint={next.programmeName}
      card
    >
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
    </Section>
  );
}

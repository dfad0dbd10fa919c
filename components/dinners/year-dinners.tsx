import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getDinnerYear } from "@/lib/dinners/get-dinner-year";
import { PartyBalanceList } from "./party-balance";

type DinnerYear = Awaited<ReturnType<typeof getDinnerYear>>;

const statusStyle = { PLANNED: "bg-blue-100 text-blue-900", HELD: "bg-green-100 text-green-900", CANCELLED: "bg-slate-200 text-slate-800" } as const;

// Every dinner of the year with its status and who came (or is coming) per party.
export async function YearDinners({ base, data }: { base: string; data: DinnerYear }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const timeZone = data.programme.timeZone;
  const when = (date: Date) => format.dateTime(date, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return (
    <Section id="list" title={t("dinnersOfYear", { year: data.year })} card>
      {data.dinners.length === 0 ? (
        <p>{t("noDinnersInYear")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
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
    </Section>
  );
}

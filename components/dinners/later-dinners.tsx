import Link from "next/link";
import { yearIfOther } from "@/lib/i18n/date-formats";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { StartPage } from "@/lib/dinners/get-start-page";

type LaterDinner = StartPage["later"][number];

// The member's other upcoming dinners (any programme), with their answer to each.
export async function LaterDinners({ later }: { later: LaterDinner[] }) {
  if (later.length === 0) return null;
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <Section id="later" title={t("laterDinners")} card>
      <ul className="divide-y divide-slate-200">
        {later.map((dinner) => (
          <li key={dinner.id} className="flex flex-col py-2">
            <Link href={`/programmes/${dinner.programmeId}/dinners/${dinner.id}`} className="font-semibold">
              {format.dateTime(dinner.startsAt, { timeZone: dinner.timeZone, weekday: "short", day: "numeric", month: "short", ...yearIfOther(dinner.startsAt), hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}
            </Link>
            <span className="break-words text-slate-700">
              {dinner.programmeName} · {dinner.venueName} · {t("yourAnswer", { answer: common(`rsvp.${dinner.myAnswer.response ?? "none"}`) })}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { Section } from "@/components/page/section";
import type { Overview } from "./overview-types";

// The next planned dinner and the member's own answer to it.
export async function NextDinner({ dinner, timeZone }: { dinner: Overview["nextDinner"]; timeZone: string }) {
  const t = await getTranslations("overview");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <Section id="next-dinner" title={t("nextDinner")} card>
      {dinner ? (
        <div className="flex flex-col gap-1">
          <p className="text-xl font-bold">{format.dateTime(dinner.startsAt, { timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" })}</p>
          <p>
            {dinner.venueName}, {dinner.venueAddress}
          </p>
          <p className="text-slate-700">{t("yourAnswer", { answer: common(`rsvp.${dinner.myResponse ?? "none"}`) })}</p>
        </div>
      ) : (
        <p>{t("noNextDinner")}</p>
      )}
    </Section>
  );
}

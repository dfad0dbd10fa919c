import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { yearIfOther } from "@/lib/i18n/date-formats";
import { EmptyState } from "@/components/page/empty-state";
import { Section } from "@/components/page/section";
import type { Overview } from "./overview-types";

// The next planned dinner and the member's own answer to it.
// planHref: for those who may plan dinners, the empty state's button (issue 14).
export async function NextDinner({ dinner, timeZone, planHref }: { dinner: Overview["nextDinner"]; timeZone: string; planHref?: string }) {
  const t = await getTranslations("overview");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <Section id="next-dinner" title={t("nextDinner")} card>
      {dinner ? (
        <div className="flex flex-col gap-1">
          <p className="text-xl font-bold">{format.dateTime(dinner.startsAt, { timeZone, weekday: "long", day: "numeric", month: "long", ...yearIfOther(dinner.startsAt), hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}</p>
          <p>
            {dinner.venueName}, {dinner.venueAddress}
          </p>
          <p className="text-slate-700">{t("yourAnswer", { answer: common(`rsvp.${dinner.myResponse ?? "none"}`) })}</p>
        </div>
      ) : (
        <EmptyState text={t("noNextDinner")} next={t("noNextDinnerNext")} action={planHref ? { href: planHref, label: t("planFirstDinner") } : undefined} />
      )}
    </Section>
  );
}

import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getDinnerYear } from "@/lib/dinners/get-dinner-year";

type DinnerYear = Awaited<ReturnType<typeof getDinnerYear>>;

// The year at a glance: the target, the last dinner, whose turn it is to host.
export async function YearSummary({ data }: { data: DinnerYear }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { counts } = data;
  const timeZone = data.programme.timeZone;
  const heldOfTarget = t("heldOfTarget", { held: counts.held, target: counts.target });
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      <Section id="target" title={t("target")} card>
        <p className="text-3xl font-bold">{heldOfTarget}</p>
        <progress className="h-3 w-full accent-blue-800" max={counts.target} value={Math.min(counts.held, counts.target)} aria-label={heldOfTarget} />
        <p className="text-slate-700">{t("plannedAndCancelled", { planned: counts.planned, cancelled: counts.cancelled })}</p>
        {data.canPlan && data.awaitingAttendance > 0 && <p className="font-medium text-amber-900">{t("awaitingAttendance", { count: data.awaitingAttendance })}</p>}
      </Section>
      <Section id="last-dinner" title={t("lastDinner")} card>
        {data.lastHeld ? (
          <div>
            <p className="text-xl font-bold">{format.dateTime(data.lastHeld.startsAt, { timeZone, dateStyle: "long" })}</p>
            <p className="text-slate-700">{t("daysAgo", { days: data.lastHeld.daysAgo })}</p>
          </div>
        ) : (
          <p>{t("noDinnerHeldYet")}</p>
        )}
        {data.nextDinner && <p>{t("nextOn", { date: format.dateTime(data.nextDinner.startsAt, { timeZone, dateStyle: "long" }) })}</p>}
      </Section>
      <Section id="hosts" title={t("hostRotation")} card>
        {data.recentHosts.length > 0 ? (
          <ol className="text-sm">
            {data.recentHosts.map((dinner) => (
              <li key={dinner.id}>
                {format.dateTime(dinner.startsAt, { timeZone, dateStyle: "medium" })}: {common(`parties.${dinner.hostParty!}`)}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("noHostsYet")}</p>
        )}
        <p className="font-medium">{t("suggestedHost", { party: common(`parties.${data.suggestedHost}`) })}</p>
      </Section>
    </div>
  );
}

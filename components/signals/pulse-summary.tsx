import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getTensionPicture } from "@/lib/signals/get-tension-picture";
import { levelKey } from "./level-text";

type Pulse = NonNullable<Awaited<ReturnType<typeof getTensionPicture>>["pulse"]>;

// The latest pulse round: counts per step, per party only from three answers of that party.
export async function PulseSummary({ pulse, timeZone }: { pulse: Pulse | null; timeZone: string }) {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  const format = await getFormatter();
  if (!pulse) {
    return (
      <Section id="pulse" title={t("pulseTitle")} card>
        <p>{t("pulseNone")}</p>
      </Section>
    );
  }
  const line = (levels: Pulse["overall"]) => levels.counts.filter((c) => c.count > 0).map((c) => `${t(levelKey(c.level))}: ${c.count}`).join(" · ");
  return (
    <Section id="pulse" title={t("pulseTitle")} hint={t("pulseHint", { date: format.dateTime(pulse.opensAt, { timeZone, dateStyle: "medium" }) })} card>
      <p>
        {t("pulseAnswers", { count: pulse.overall.total })}: {line(pulse.overall)}
      </p>
      {pulse.byParty.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm">
          {pulse.byParty.map((p) => (
            <li key={p.party}>
              {common(`parties.${p.party}`)} ({p.levels.total}): {line(p.levels)}
            </li>
          ))}
        </ul>
      )}
      {pulse.remarks.length > 0 && (
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
          {pulse.remarks.map((remark, index) => (
            <li key={index} className="break-words">
              {remark}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

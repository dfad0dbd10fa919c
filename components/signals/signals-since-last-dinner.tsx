import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getAgenda } from "@/lib/agenda/get-agenda";
import { SignalSummary } from "./signal-summary";

// The agenda's automatic part after "actions to review": signals put on this agenda and
// those reported since the last dinner, as far as the viewer may read them.
export async function SignalsSinceLastDinner({ programmeId, signals, timeZone }: { programmeId: string; signals: Awaited<ReturnType<typeof getAgenda>>["signals"]; timeZone: string }) {
  const t = await getTranslations("signals");
  return (
    <Section id="signals" title={t("sinceLastDinner")} hint={t("sinceLastDinnerHint")} card>
      {signals.length === 0 ? (
        <p>{t("noSignalsSince")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200">
          {signals.map((signal) => (
            <SignalSummary key={signal.id} programmeId={programmeId} signal={signal} timeZone={timeZone} extra={signal.onAgenda ? <span className="font-semibold">{t("onThisAgenda")}</span> : undefined} />
          ))}
        </ol>
      )}
    </Section>
  );
}

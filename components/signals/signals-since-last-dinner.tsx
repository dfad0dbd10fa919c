import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getAgenda } from "@/lib/agenda/get-agenda";
import { signalList } from "./signal-summary";

// The agenda's automatic part after "actions to review": signals put on this agenda and
// those reported since the last dinner, as far as the viewer may read them.
export async function SignalsSinceLastDinner({ programmeId, signals, timeZone }: { programmeId: string; signals: Awaited<ReturnType<typeof getAgenda>>["signals"]; timeZone: string }) {
  const t = await getTranslations("signals");
  const list = await signalList(programmeId, signals, timeZone, (signal) => (signal.onAgenda ? t("onThisAgenda") : null));
  return (
    <Section id="signals" title={t("sinceLastDinner")} hint={t("sinceLastDinnerHint")} card>
      {signals.length === 0 ? (
        <p>{t("noSignalsSince")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200" dangerouslySetInnerHTML={list} />
      )}
    </Section>
  );
}

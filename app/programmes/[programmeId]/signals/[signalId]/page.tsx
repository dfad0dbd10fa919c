import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { Section } from "@/components/page/section";
import { levelBadge } from "@/components/signals/level-badge";
import { SignalFollowUp } from "@/components/signals/signal-follow-up";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getSignal } from "@/lib/signals/get-signal";
import { topicLabel } from "@/lib/topics/topic-label";

export const generateMetadata = pageTitle("signals.signalTitle");

// One signal: what was noticed, and what became of it; the follow-up for those who may.
export default async function SignalPage({ params, searchParams }: { params: Promise<{ programmeId: string; signalId: string }>; searchParams: Promise<{ reported?: string }> }) {
  const { programmeId, signalId } = await params;
  const { reported } = await searchParams;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/signals/${signalId}`);
  const { signal, nextDinner, openActions, mayFollowUp, timeZone } = await loadForPage(() => getSignal(viewer, programmeId, signalId));
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { timeZone, dateStyle: "medium" });
  return (
    <Page title={t("signalTitle")} back={{ href: `/programmes/${programmeId}/signals`, label: t("backToPicture") }}>
      {reported && (
        <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
          {t("reported")}
        </p>
      )}
      <Section id="signal" title={t("whatWasNoticed")} card>
        <p className="text-lg break-words">{signal.text || t("textRemoved")}</p>
        <dl className="facts gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("howTense")}</dt>
          <dd dangerouslySetInnerHTML={levelBadge(signal.level, t)} />
          <dt className="font-semibold">{t("topic")}</dt>
          <dd>{signal.topic ? topicLabel(signal.topic, common) : t("noTopic")}</dd>
          <dt className="font-semibold">{t("where")}</dt>
          <dd>{signal.area?.name ?? t("wholeNeighbourhood")}</dd>
          <dt className="font-semibold">{t("how")}</dt>
          <dd>{t(`source.${signal.source}`)}</dd>
          <dt className="font-semibold">{t("whoMayRead")}</dt>
          <dd>{t(`visibility.${signal.visibility}`)}</dd>
          <dt className="font-semibold">{t("reportedOn")}</dt>
          <dd>{day(signal.createdAt)}{signal.mine ? ` · ${t("byYou")}` : ""}</dd>
        </dl>
      </Section>
      <Section id="outcome" title={t("whatBecameOfIt")} card>
        <p className="font-semibold">{t(`status.${signal.status}`)}</p>
        {signal.status === "ON_AGENDA" && signal.agendaDinner && (
          <p>
            <Link href={`/programmes/${programmeId}/dinners/${signal.agendaDinner.id}/agenda`}>{t("onAgendaOf", { date: day(signal.agendaDinner.startsAt) })}</Link>
          </p>
        )}
        {signal.action && (
          <p>
            <Link href={`/programmes/${programmeId}/actions/${signal.action.id}`}>{t("linkedAction", { title: signal.action.title })}</Link>
          </p>
        )}
        {signal.closingNote && <p className="break-words">{t("closedWith", { note: signal.closingNote })}</p>}
      </Section>
      {mayFollowUp && (
        <SignalFollowUp
          programmeId={programmeId}
          signalId={signal.id}
          version={signal.version}
          nextDinner={nextDinner && { id: nextDinner.id, when: day(nextDinner.startsAt) }}
          openActions={openActions}
        />
      )}
    </Page>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { LinkButton } from "@/components/page/link-button";
import { Page } from "@/components/page/page";
import { Section } from "@/components/page/section";
import { PulseSummary } from "@/components/signals/pulse-summary";
import { signalList } from "@/components/signals/signal-summary";
import { TensionLevels } from "@/components/signals/tension-levels";
import { TensionTrend } from "@/components/signals/tension-trend";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { isProfessional, membershipIn } from "@/lib/auth/policy";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTensionPicture } from "@/lib/signals/get-tension-picture";
import Link from "next/link";

export const generateMetadata = pageTitle("signals.title");

// The tension picture: the level now, the trend, the latest pulse and the signals behind it.
export default async function SignalsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/signals`);
  const picture = await loadForPage(() => getTensionPicture(viewer, programmeId));
  const t = await getTranslations("signals");
  const professional = isProfessional(membershipIn(viewer, programmeId)!);
  const list = await signalList(programmeId, picture.signals, picture.timeZone);
  return (
    <Page title={t("title")} intro={t("intro")}>
      <p className="flex flex-wrap gap-3">
        <LinkButton href={`/programmes/${programmeId}/signals/new`}>{t("report")}</LinkButton>
        {picture.canManage && <Link href={`/programmes/${programmeId}/signals/settings`} className="inline-flex min-h-11 items-center">{t("settingsTitle")}</Link>}
      </p>
      <TensionLevels picture={picture} professional={professional} />
      <TensionTrend trend={picture.trend} />
      <PulseSummary pulse={picture.pulse} timeZone={picture.timeZone} />
      <Section id="behind" title={t("behind")} hint={t("behindHint")} card>
        {picture.signals.length === 0 ? (
          <p>{t("noSignals")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-200" dangerouslySetInnerHTML={list} />
        )}
      </Section>
    </Page>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import type { SignalRow } from "@/lib/signals/signal-row";
import { topicLabel } from "@/lib/topics/topic-label";
import { LevelBadge } from "./level-badge";


// One signal in a list (the picture, the agenda): what, where, how tense, what became of it.
export async function SignalSummary({ programmeId, signal, timeZone, extra }: { programmeId: string; signal: SignalRow; timeZone: string; extra?: React.ReactNode }) {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <li className="flex flex-col gap-1 py-2">
      <Link href={`/programmes/${programmeId}/signals/${signal.id}`} className="font-semibold break-words">
        {signal.text || t("textRemoved")}
      </Link>
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">
        <LevelBadge level={signal.level} />
        <span>{signal.topic ? topicLabel(signal.topic, common) : t("noTopic")}</span>
        <span>{signal.area?.name ?? t("wholeNeighbourhood")}</span>
        <span>{t(`source.${signal.source}`)}</span>
        <span>{format.dateTime(signal.createdAt, { timeZone, dateStyle: "medium" })}</span>
        <span>{t(`status.${signal.status}`)}</span>
        {signal.visibility === "PROFESSIONALS" && <span className="font-semibold">{t("visibility.PROFESSIONALS")}</span>}
        {extra}
      </p>
    </li>
  );
}

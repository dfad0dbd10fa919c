import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { html, type Markup } from "@/components/page/markup";
import type { SignalRow } from "@/lib/signals/signal-row";
import { topicLabel } from "@/lib/topics/topic-label";
import { levelBadge } from "./level-badge";

// Signals in a list (the picture, the agenda): what, where, how tense, what became of it;
// `extra` adds a word to a signal's line. Read-only: the items of an <ol> as one prepared
// string (decision 026), each signal a plain link to its page.
export async function signalList<S extends SignalRow>(programmeId: string, signals: S[], timeZone: string, extra?: (signal: S) => string | null): Promise<Markup> {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return html`${signals.map((signal) => {
    const note = extra?.(signal);
    return html`<li class="flex flex-col gap-1 py-2"><a href="/programmes/${programmeId}/signals/${signal.id}" class="font-semibold break-words">${signal.text || t("textRemoved")}</a><p class="flex flex-wrap gap-x-3 text-sm text-slate-700">${levelBadge(signal.level, t)}<span>${
      signal.topic ? topicLabel(signal.topic, common) : t("noTopic")
    }</span><span>${signal.area?.name ?? t("wholeNeighbourhood")}</span><span>${t(`source.${signal.source}`)}</span><span>${format.dateTime(signal.createdAt, { timeZone, dateStyle: "medium" })}</span><span>${t(`status.${signal.status}`)}</span>${
      signal.visibility === "PROFESSIONALS" && html`<span class="font-semibold">${t("visibility.PROFESSIONALS")}</span>`
    }${note && html`<span class="font-semibold">${note}</span>`}</p></li>`;
  })}`;
}

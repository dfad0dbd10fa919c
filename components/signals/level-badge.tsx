import { html, type Markup } from "@/components/page/markup";
import { levelColours, levelKey, type LevelKey } from "./level-text";

// A level as words with its colour; never colour alone. Prepared markup (decision 026): the
// tension picture shows one per topic, part of the neighbourhood and listed signal.
export function levelBadge(level: number | null, t: (key: LevelKey | "noLevel") => string): Markup {
  if (level === null) return html`<span class="text-slate-700">${t("noLevel")}</span>`;
  return html`<span class="inline-flex items-center gap-2 font-semibold" style="color:${levelColours[level]}"><span aria-hidden="true" class="inline-block size-3 rounded-full" style="background-color:${levelColours[level]}"></span>${level} – ${t(levelKey(level))}</span>`;
}

import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { getTensionPicture } from "@/lib/signals/get-tension-picture";
import { topicLabel } from "@/lib/topics/topic-label";
import { levelBadge } from "./level-badge";

type Picture = Awaited<ReturnType<typeof getTensionPicture>>;

// The level now, overall and per topic and per part of the neighbourhood.
export async function TensionLevels({ picture, professional }: { picture: Picture; professional: boolean }) {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  const rows = (items: { name: string; level: number | null }[]) =>
    html`<ul class="flex flex-col gap-1">${items.map((row) => html`<li class="flex flex-wrap justify-between gap-2"><span>${row.name}</span>${levelBadge(row.level, t)}</li>`)}</ul>`;
  // Read-only: one prepared string (decision 026), a level badge per topic and part of the neighbourhood.
  const levels = html`<p class="text-lg">${t("overall")}: ${levelBadge(picture.overall, t)}</p>${
    picture.overall !== null &&
    html`<div class="grid gap-4 sm:grid-cols-2"><div><h3 class="font-semibold">${t("perTopic")}</h3>${rows(
      picture.topics.map((row) => ({ name: row.topic ? topicLabel(row.topic, common) : t("noTopic"), level: row.level })),
    )}</div><div><h3 class="font-semibold">${t("perArea")}</h3>${rows(picture.areas.map((row) => ({ name: row.area?.name ?? t("wholeNeighbourhood"), level: row.level })))}</div></div>`
  }`;
  return (
    <Section id="now" title={t("levelNow")} hint={professional ? t("levelNowHintProfessional") : t("levelNowHint")} card>
      <div className="contents" dangerouslySetInnerHTML={levels} />
    </Section>
  );
}

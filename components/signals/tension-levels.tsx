import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getTensionPicture } from "@/lib/signals/get-tension-picture";
import { topicLabel } from "@/lib/topics/topic-label";
import { LevelBadge } from "./level-badge";

type Picture = Awaited<ReturnType<typeof getTensionPicture>>;

// The level now, overall and per topic and per part of the neighbourhood.
export async function TensionLevels({ picture, professional }: { picture: Picture; professional: boolean }) {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  return (
    <Section id="now" title={t("levelNow")} hint={professional ? t("levelNowHintProfessional") : t("levelNowHint")} card>
      <p className="text-lg">
        {t("overall")}: <LevelBadge level={picture.overall} />
      </p>
      {picture.overall !== null && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-semibold">{t("perTopic")}</h3>
            <ul className="flex flex-col gap-1">
              {picture.topics.map((row) => (
                <li key={row.topic?.id ?? "none"} className="flex flex-wrap justify-between gap-2">
                  <span>{row.topic ? topicLabel(row.topic, common) : t("noTopic")}</span>
                  <LevelBadge level={row.level} />
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">{t("perArea")}</h3>
            <ul className="flex flex-col gap-1">
              {picture.areas.map((row) => (
                <li key={row.area?.id ?? "whole"} className="flex flex-wrap justify-between gap-2">
                  <span>{row.area?.name ?? t("wholeNeighbourhood")}</span>
                  <LevelBadge level={row.level} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Section>
  );
}

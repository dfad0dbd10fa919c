import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { topicLabel } from "@/lib/topics/topic-label";
import type { TopicKey } from "@/lib/generated/prisma/enums";

type Topic = { key: TopicKey | null; name: string | null; archived?: boolean };

// How the follow-up screen writes its numbers and topics, the same in every part of it.
export async function followUpFormat() {
  const t = await getTranslations("followUp");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return {
    percent: (rate: number | null) => (rate === null ? t("none") : format.number(rate, { style: "percent", maximumFractionDigits: 0 })),
    days: (value: number | null) => (value === null ? t("none") : t("days", { count: Math.round(value * 10) / 10 })),
    topicName: (topic: Topic | null) => {
      const name = topicLabel(topic, common);
      if (!name) return t("noTopic");
      return topic?.archived ? t("archived", { name }) : name;
    },
  };
}

import type { TopicKey } from "@/lib/generated/prisma/enums";

// The one way to name a topic: a standard topic's name comes from the translations
// ("common" → topics.<KEY>), a programme's own topic has a name. No topic: "".
export function topicLabel(topic: { key: TopicKey | null; name: string | null } | null, common: (key: `topics.${TopicKey}`) => string): string {
  if (!topic) return "";
  return topic.key ? common(`topics.${topic.key}`) : (topic.name ?? "");
}

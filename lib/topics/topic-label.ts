import type { TopicKey } from "@/lib/generated/prisma/enums";

// A standard topic's name comes from the translations ("common" → topics.<KEY>); a programme's own has a name.
export function topicLabel(topic: { key: TopicKey | null; name: string | null }, common: (key: string) => string): string {
  return topic.key ? common(`topics.${topic.key}`) : (topic.name ?? "");
}

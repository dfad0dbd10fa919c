import { Prisma } from "@/lib/generated/prisma/client";
import type { TopicKey } from "@/lib/generated/prisma/enums";
import { millis, type Millis } from "@/lib/db/json-times";

export type TopicJson = { id: string; key: TopicKey | null; name: string | null; archivedAt: Millis | null };

// A programme's topics (archived ones too) as one JSON column of a page's statement
// (decision 026), in the order of every topic list: the standard topics by their key, then
// the programme's own by name.
export function programmeTopicsJson(programmeId: string): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', t."id", 'key', t."key", 'name', t."name", 'archivedAt', ${millis('t."archivedAt"')})
                                        ORDER BY t."key" ASC NULLS LAST, t."name")
                              FROM "Topic" t WHERE t."programmeId" = ${programmeId}), '[]'::json)`;
}

export function fromTopicJson(topic: TopicJson) {
  return { ...topic, archivedAt: topic.archivedAt === null ? null : new Date(topic.archivedAt) };
}

import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FieldError } from "@/lib/errors";

type Client = typeof db | Prisma.TransactionClient;

// A topic chosen in a form: the programme's own, and not archived, unless it is the one
// already set (editing keeps history intact). Empty means no topic.
export async function requireUsableTopic(client: Client, programmeId: string, topicId: string | undefined | null, keep?: string | null) {
  if (!topicId) return null;
  const topic = await client.topic.findFirst({ where: { id: topicId, programmeId }, select: { id: true, archivedAt: true } });
  if (!topic || (topic.archivedAt && topic.id !== keep)) throw new FieldError("topicId", "invalid");
  return topic.id;
}

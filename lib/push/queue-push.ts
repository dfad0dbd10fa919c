import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type PushPayload = { title: string; body: string; url: string; tag?: string };
export type OutgoingPush = { dedupeKey: string; subscriptionId: string; payload: PushPayload };

// Writes push messages to the push outbox, in the caller's transaction when given one; the
// job worker delivers them ("deliver-push"). The same dedupeKey twice is a no-op.
export async function queuePush(messages: OutgoingPush[], tx: Prisma.TransactionClient = db) {
  if (messages.length === 0) return;
  await tx.pushMessage.createMany({
    data: messages.map((m) => ({ dedupeKey: m.dedupeKey, subscriptionId: m.subscriptionId, payload: JSON.stringify(m.payload) })),
    skipDuplicates: true,
  });
}

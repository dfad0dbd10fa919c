import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { takeTurn } from "@/lib/db/locks";

// A programme's own topic. Names are unique within the programme (ignoring case).
export async function createTopic(viewer: Viewer | null, programmeId: string, name: string) {
  authorize(viewer, "topic.manage", programmeId);
  return db.$transaction(async (tx) => {
    // Adds to one programme take turns (a lock for this transaction), so of two of the same
    // name at the same moment the second finds the first.
    await takeTurn(tx, `topic:${programmeId}`);
    const existing = await tx.topic.findFirst({ where: { programmeId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
    if (existing) throw new FieldError("name", "topicExists");
    return tx.topic.create({ data: { programmeId, name }, select: { id: true, name: true } });
  });
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";

// A programme's own topic. Names are unique within the programme (ignoring case).
export async function createTopic(viewer: Viewer | null, programmeId: string, name: string) {
  authorize(viewer, "topic.manage", programmeId);
  const existing = await db.topic.findFirst({ where: { programmeId, name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (existing) throw new FieldError("name", "topicExists");
  return db.topic.create({ data: { programmeId, name }, select: { id: true, name: true } });
}

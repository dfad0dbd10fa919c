import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";

// Archived topics are no longer offered for new agenda items and actions; their history stays.
export async function setTopicArchived(viewer: Viewer | null, programmeId: string, topicId: string, archived: boolean, now = new Date()) {
  authorize(viewer, "topic.manage", programmeId);
  const { count } = await db.topic.updateMany({ where: { id: topicId, programmeId }, data: { archivedAt: archived ? now : null } });
  if (count === 0) throw new NotFoundError();
}

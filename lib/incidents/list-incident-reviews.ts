import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";

// "What did we learn": the reviews of incidents closed since the dinner before this one
// (not cancelled) and before this dinner starts, on this dinner's agenda. Three queries.
export async function listIncidentReviews(viewer: Viewer | null, programmeId: string, dinnerId: string) {
  authorize(viewer, "dinner.view", programmeId);
  const dinner = await db.dinner.findFirst({ where: { id: dinnerId, programmeId }, select: { startsAt: true } });
  if (!dinner) throw new NotFoundError();
  const previous = await db.dinner.findFirst({
    where: { programmeId, status: { not: "CANCELLED" }, startsAt: { lt: dinner.startsAt } },
    orderBy: { startsAt: "desc" },
    select: { startsAt: true },
  });
  return db.incident.findMany({
    where: { programmeId, status: "CLOSED", closedAt: { lt: dinner.startsAt, ...(previous ? { gte: previous.startsAt } : {}) } },
    orderBy: { closedAt: "asc" },
    select: { id: true, whatHappened: true, review: true, closedAt: true, openedAt: true },
  });
}

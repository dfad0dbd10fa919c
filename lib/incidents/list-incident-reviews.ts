import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { getDinnerWindow } from "@/lib/dinners/dinner-window";

// "What did we learn": the reviews of incidents closed since the dinner before this one
// (not cancelled) and before this dinner starts, on this dinner's agenda. Two queries (the
// dinner's window is shared with the agenda's other loaders).
export async function listIncidentReviews(viewer: Viewer | null, programmeId: string, dinnerId: string) {
  authorize(viewer, "dinner.view", programmeId);
  const dinner = await getDinnerWindow(programmeId, dinnerId);
  return db.incident.findMany({
    where: { programmeId, status: "CLOSED", closedAt: { lt: dinner.startsAt, ...(dinner.previousStartsAt ? { gte: dinner.previousStartsAt } : {}) } },
    orderBy: { closedAt: "asc" },
    select: { id: true, whatHappened: true, review: true, closedAt: true, openedAt: true },
  });
}

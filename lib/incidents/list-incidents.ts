import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// The incidents of a programme, open and proposed first, and what the "open an incident"
// form needs. Three queries whatever the number of incidents (the list is capped).
export async function listIncidents(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "incident.view", programmeId);
  const [incidents, topics, checkedIn] = await Promise.all([
    db.incident.findMany({
      where: { programmeId },
      orderBy: [{ status: "desc" }, { createdAt: "desc" }],
      take: 100,
      select: { id: true, status: true, whatHappened: true, area: true, level: true, createdAt: true, openedAt: true, closedAt: true },
    }),
    db.topic.findMany({ where: { programmeId, archivedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, key: true, name: true } }),
    db.incidentCheckIn.findMany({ where: { incident: { programmeId, status: "OPEN" }, membership: { personId: viewer!.personId } }, select: { incidentId: true } }),
  ]);
  const answered = new Set(checkedIn.map((c) => c.incidentId));
  // PROPOSED > OPEN > CLOSED in enum order "desc" puts CLOSED first: sort by our own order.
  const order = { OPEN: 0, PROPOSED: 1, CLOSED: 2 } as const;
  return {
    timeZone: membership.timeZone,
    incidents: incidents.sort((a, b) => order[a.status] - order[b.status]).map((i) => ({ ...i, checkedIn: answered.has(i.id) })),
    topics,
    opensAtOnce: can(viewer, "incident.open", programmeId),
  };
}

import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

// Everything stored about the signed-in person, and of others only the names needed for
// context (programme and dinner venue names, action titles). No one else's personal data.
export async function exportPersonalData(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  const personId = me.personId;
  const [person, memberships, rsvps, ownerships, updates, auditEvents] = await Promise.all([
    db.person.findUniqueOrThrow({
      where: { id: personId },
      select: { id: true, name: true, email: true, emailVerified: true, phone: true, locale: true, dietaryNeeds: true, isAdmin: true, createdAt: true, updatedAt: true },
    }),
    db.membership.findMany({
      where: { personId },
      orderBy: { joinedAt: "asc" },
      select: {
        id: true,
        party: true,
        role: true,
        organisation: true,
        commitmentAcceptedAt: true,
        consentToSharePhone: true,
        joinedAt: true,
        leftAt: true,
        programme: { select: { id: true, name: true } },
      },
    }),
    db.rsvp.findMany({
      where: { membership: { personId } },
      orderBy: { dinner: { startsAt: "asc" } },
      select: { response: true, dietaryNeeds: true, attended: true, respondedAt: true, dinner: { select: { id: true, startsAt: true, venueName: true, programme: { select: { name: true } } } } },
    }),
    db.actionOwner.findMany({
      where: { membership: { personId } },
      select: { action: { select: { id: true, title: true, status: true, dueDate: true, programme: { select: { name: true } } } } },
    }),
    db.actionUpdate.findMany({
      where: { author: { personId } },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true, fromStatus: true, toStatus: true, createdAt: true, action: { select: { id: true, title: true } } },
    }),
    db.auditEvent.findMany({
      where: { actorId: personId },
      orderBy: { createdAt: "asc" },
      take: 10_000,
      select: { kind: true, programmeId: true, createdAt: true },
    }),
  ]);
  await recordAuditEvent({ kind: "person.exported", actorId: personId });
  return {
    exportedAt: now.toISOString(),
    person,
    memberships,
    rsvps,
    actionsOwned: ownerships.map((o) => o.action),
    actionUpdatesAuthored: updates,
    auditEventsAsActor: auditEvents,
  };
}

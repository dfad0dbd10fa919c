import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

export const auditPageSize = 50;

// Person-level events (sign-ins, sign-out everywhere, erasure) belong to no programme; a
// coordinator sees them for people who are or were members of theirs.
const personKinds = ["auth.sign-in", "auth.sign-out-everywhere", "person.erased"];

// Latest events first, 50 per page; `cursor` is the id of the last event of the page before.
// Four queries whatever the page holds: events, then the names of their subjects.
export async function listAuditEvents(viewer: Viewer | null, programmeId: string, cursor?: string) {
  authorize(viewer, "audit.view", programmeId);
  const where = {
    OR: [
      { programmeId },
      { programmeId: null, kind: { in: personKinds }, actor: { memberships: { some: { programmeId } } } },
    ],
  };
  // A cursor naming another programme's event only positions the page; the filter still applies.
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: auditPageSize + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: { id: true, kind: true, subjectId: true, createdAt: true, actor: { select: { name: true } } },
  });
  const page = rows.slice(0, auditPageSize);
  const subjectIds = [...new Set(page.map((e) => e.subjectId).filter((id): id is string => Boolean(id)))];
  const [memberships, invitations, people] = subjectIds.length
    ? await Promise.all([
        db.membership.findMany({ where: { id: { in: subjectIds }, programmeId }, select: { id: true, person: { select: { name: true } } } }),
        db.invitation.findMany({ where: { id: { in: subjectIds }, programmeId }, select: { id: true, name: true } }),
        db.person.findMany({ where: { id: { in: subjectIds }, memberships: { some: { programmeId } } }, select: { id: true, name: true } }),
      ])
    : [[], [], []];
  const names = new Map<string, string>([
    ...memberships.map((m) => [m.id, m.person.name] as const),
    ...invitations.map((i) => [i.id, i.name] as const),
    ...people.map((p) => [p.id, p.name] as const),
  ]);
  return {
    events: page.map((e) => ({ id: e.id, kind: e.kind, createdAt: e.createdAt, actorName: e.actor?.name ?? null, subjectName: e.subjectId ? (names.get(e.subjectId) ?? null) : null })),
    nextCursor: rows.length > auditPageSize ? page[page.length - 1]!.id : null,
  };
}

import { addDays } from "date-fns";
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { zonedToUtc } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "./audit-filters";

export const auditPageSize = 50;
export const auditSummaryLimit = 100;

// Person-level events (sign-ins, sign-out everywhere, erasure) belong to no programme; a
// coordinator sees them for people who are or were members of theirs.
const personKinds = ["auth.sign-in", "auth.sign-out-everywhere", "person.erased"];

// Routine events (issue 14): many a day, each one unremarkable. The log shows them as one
// line per person, kind and day with a count; every other kind is listed one by one.
export const routineKinds = ["auth.sign-in", "directory.contacts-viewed"];

// The log of changes, latest first, 50 per page (`cursor`: the id of the last event of the
// page before), and the routine events summarised, both filtered by kind, person and
// period (days in the programme's time zone, which comes with the viewer's membership).
// Six queries whatever the log holds: people (for the person filter), changes with their
// actors, their subjects' names (three), and the summary.
export async function listAuditEvents(viewer: Viewer | null, programmeId: string, cursor?: string, filters: AuditFilters = {}) {
  const { membership } = authorize(viewer, "audit.view", programmeId);
  // Everyone who is or was a member, for the person filter: one query, from the
  // programme's memberships to each person by key (from Person, it scanned every person).
  const members = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT p.id, p.name
    FROM "Membership" m CROSS JOIN LATERAL (SELECT p.id, p.name FROM "Person" p WHERE p.id = m."personId" OFFSET 0) p
    WHERE m."programmeId" = ${programmeId}
    ORDER BY p.name, p.id`;
  const tz = membership.timeZone;
  const since = filters.from ? zonedToUtc(`${filters.from}T00:00`, tz) : undefined;
  const until = filters.to ? addDays(zonedToUtc(`${filters.to}T00:00`, tz), 1) : undefined;
  const wantsRoutine = !filters.kind || routineKinds.includes(filters.kind);
  const wantsChanges = !filters.kind || !routineKinds.includes(filters.kind);

  const visible = {
    OR: [
      { programmeId },
      { programmeId: null, kind: { in: personKinds }, actor: { memberships: { some: { programmeId } } } },
    ],
  };
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      visible,
      filters.kind ? { kind: filters.kind } : { kind: { notIn: routineKinds } },
      filters.person ? { actorId: filters.person } : {},
      since || until ? { createdAt: { ...(since ? { gte: since } : {}), ...(until ? { lt: until } : {}) } } : {},
    ],
  };
  // A cursor naming another programme's event only positions the page; the filter still applies.
  const rows = wantsChanges
    ? await db.auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: auditPageSize + 1,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: { id: true, kind: true, subjectId: true, createdAt: true, actor: { select: { name: true } } },
      })
    : [];
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

  const summaryKinds = filters.kind ? [filters.kind] : routineKinds;
  const summary = wantsRoutine
    ? await db.$queryRaw<{ actorId: string | null; actorName: string | null; kind: string; day: Date; count: number }[]>`
        SELECT e."actorId", p.name AS "actorName", e.kind, (e."createdAt" AT TIME ZONE ${tz})::date AS day, count(*)::int AS count
        FROM "AuditEvent" e LEFT JOIN "Person" p ON p.id = e."actorId"
        WHERE e.kind = ANY(${summaryKinds}::text[])
          AND (e."programmeId" = ${programmeId}
               OR (e."programmeId" IS NULL AND e.kind = ANY(${personKinds}::text[])
                   AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."personId" = e."actorId" AND m."programmeId" = ${programmeId})))
          ${filters.person ? Prisma.sql`AND e."actorId" = ${filters.person}` : Prisma.empty}
          ${since ? Prisma.sql`AND e."createdAt" >= ${since}` : Prisma.empty}
          ${until ? Prisma.sql`AND e."createdAt" < ${until}` : Prisma.empty}
        GROUP BY e."actorId", p.name, e.kind, day
        ORDER BY day DESC, count DESC, p.name, e.kind
        LIMIT ${auditSummaryLimit}`
    : [];

  return {
    people: members,
    events: page.map((e) => ({ id: e.id, kind: e.kind, createdAt: e.createdAt, actorName: e.actor?.name ?? null, subjectName: e.subjectId ? (names.get(e.subjectId) ?? null) : null })),
    nextCursor: rows.length > auditPageSize ? page[page.length - 1]!.id : null,
    summary: summary.map((s) => ({ ...s, day: s.day.toISOString().slice(0, 10) })),
    showsChanges: wantsChanges,
    showsRoutine: wantsRoutine,
  };
}

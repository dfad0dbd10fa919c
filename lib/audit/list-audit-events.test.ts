import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { auditFiltersQuery, parseAuditFilters } from "./audit-filters";
import { auditPageSize, listAuditEvents } from "./list-audit-events";

describe("listAuditEvents", () => {
  it("lists the programme's changes newest first with actor and subject names, 50 per page", async () => {
    const programme = await createProgramme(db);
    const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", person: { name: "Cora" } });
    const ally = await createMember(db, { programmeId: programme.id, person: { name: "Ali" } });
    const other = await createProgramme(db);
    const start = Date.UTC(2026, 0, 1);
    await db.auditEvent.createMany({
      data: Array.from({ length: 59 }, (_, i) => ({ programmeId: programme.id, actorId: coordinator.person.id, kind: "action.edited", createdAt: new Date(start + i * 1000) })),
    });
    await db.auditEvent.create({ data: { programmeId: programme.id, actorId: coordinator.person.id, kind: "membership.ended", subjectId: ally.membership.id, createdAt: new Date(start + 100_000) } });
    await db.auditEvent.create({ data: { programmeId: null, actorId: ally.person.id, kind: "auth.sign-in", createdAt: new Date(start + 90_000) } });
    await db.auditEvent.create({ data: { programmeId: other.id, kind: "membership.ended", createdAt: new Date(start + 200_000) } });

    const viewer = await viewerOf(coordinator.person.id);
    const first = await listAuditEvents(viewer, programme.id);
    expect(first.events).toHaveLength(auditPageSize);
    expect(first.events[0]).toMatchObject({ kind: "membership.ended", actorName: "Cora", subjectName: "Ali" });
    // Sign-ins are routine: summarised, not listed one by one.
    expect(first.events.map((e) => e.kind)).not.toContain("auth.sign-in");
    expect(first.summary).toEqual([{ actorId: ally.person.id, actorName: "Ali", kind: "auth.sign-in", day: "2026-01-01", count: 1 }]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents(viewer, programme.id, first.nextCursor!);
    expect(second.events).toHaveLength(60 - auditPageSize);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(60);
  });

  it("is for coordinators of the programme only", async () => {
    const programme = await createProgramme(db);
    const ally = await createMember(db, { programmeId: programme.id });
    const otherCoordinator = await createMember(db, { programmeId: (await createProgramme(db)).id, role: "COORDINATOR" });
    await expect(listAuditEvents(await viewerOf(ally.person.id), programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditEvents(await viewerOf(otherCoordinator.person.id), programme.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  // Issue 14: routine events summarised, and filters by kind, person and period.
  it("summarises sign-ins and contact views as one line per person, kind and day with a count", async () => {
    const programme = await createProgramme(db, { timeZone: "Europe/Amsterdam" });
    const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", person: { name: "Cora" } });
    const ally = await createMember(db, { programmeId: programme.id, person: { name: "Ali" } });
    const outsider = await createMember(db, { programmeId: (await createProgramme(db)).id, person: { name: "Otto" } });
    const at = (iso: string) => new Date(iso);
    await db.auditEvent.createMany({
      data: [
        ...Array.from({ length: 5 }, (_, i) => ({ programmeId: null, actorId: ally.person.id, kind: "auth.sign-in", createdAt: at(`2026-03-02T0${i}:00:00Z`) })),
        // 23:30 UTC on 2 March is 00:30 on 3 March in Amsterdam: the next day there.
        { programmeId: null, actorId: ally.person.id, kind: "auth.sign-in", createdAt: at("2026-03-02T23:30:00Z") },
        ...Array.from({ length: 3 }, () => ({ programmeId: programme.id, actorId: coordinator.person.id, kind: "directory.contacts-viewed", createdAt: at("2026-03-02T10:00:00Z") })),
        { programmeId: null, actorId: outsider.person.id, kind: "auth.sign-in", createdAt: at("2026-03-02T10:00:00Z") },
        { programmeId: programme.id, actorId: coordinator.person.id, kind: "dinner.cancelled", createdAt: at("2026-03-02T11:00:00Z") },
        { programmeId: programme.id, actorId: ally.person.id, kind: "action.edited", createdAt: at("2026-04-10T11:00:00Z") },
      ],
    });
    const viewer = await viewerOf(coordinator.person.id);
    const all = await listAuditEvents(viewer, programme.id);
    expect(all.summary.map(({ actorName, kind, day, count }) => ({ actorName, kind, day, count }))).toEqual([
      { actorName: "Ali", kind: "auth.sign-in", day: "2026-03-03", count: 1 },
      { actorName: "Ali", kind: "auth.sign-in", day: "2026-03-02", count: 5 },
      { actorName: "Cora", kind: "directory.contacts-viewed", day: "2026-03-02", count: 3 },
    ]);
    expect(all.events.map((e) => e.kind)).toEqual(["action.edited", "dinner.cancelled"]);
    expect(all.people.map((p) => p.name)).toEqual(["Ali", "Cora"]);

    const byKind = await listAuditEvents(viewer, programme.id, undefined, { kind: "dinner.cancelled" });
    expect(byKind.events.map((e) => e.kind)).toEqual(["dinner.cancelled"]);
    expect(byKind.showsRoutine).toBe(false);
    const routineKind = await listAuditEvents(viewer, programme.id, undefined, { kind: "directory.contacts-viewed" });
    expect(routineKind.showsChanges).toBe(false);
    expect(routineKind.summary.map((s) => s.count)).toEqual([3]);

    const byPerson = await listAuditEvents(viewer, programme.id, undefined, { person: ally.person.id });
    expect(byPerson.events.map((e) => e.kind)).toEqual(["action.edited"]);
    expect(byPerson.summary.every((s) => s.actorName === "Ali")).toBe(true);

    const byPeriod = await listAuditEvents(viewer, programme.id, undefined, { from: "2026-03-02", to: "2026-03-02" });
    expect(byPeriod.events.map((e) => e.kind)).toEqual(["dinner.cancelled"]);
    expect(byPeriod.summary.map((s) => s.day)).toEqual(["2026-03-02", "2026-03-02"]);
  });

  it("reads its filters from GET parameters, ignoring malformed ones", () => {
    expect(parseAuditFilters({ kind: "auth.sign-in", person: "abc123", from: "2026-03-01", to: "2026-03-31" })).toEqual({ kind: "auth.sign-in", person: "abc123", from: "2026-03-01", to: "2026-03-31" });
    expect(parseAuditFilters({ kind: "DROP TABLE", person: "'; --", from: "yesterday", to: "" })).toEqual({});
    expect(auditFiltersQuery({ kind: "auth.sign-in" }, { cursor: "c1" })).toBe("?kind=auth.sign-in&cursor=c1");
  });
});

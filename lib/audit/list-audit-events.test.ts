import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { auditPageSize, listAuditEvents } from "./list-audit-events";

describe("listAuditEvents", () => {
  it("lists the programme's events newest first with actor and subject names, 50 per page", async () => {
    const programme = await createProgramme(db);
    const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", person: { name: "Cora" } });
    const ally = await createMember(db, { programmeId: programme.id, person: { name: "Ali" } });
    const other = await createProgramme(db);
    const start = Date.UTC(2026, 0, 1);
    await db.auditEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ programmeId: programme.id, actorId: coordinator.person.id, kind: "directory.contacts-viewed", createdAt: new Date(start + i * 1000) })),
    });
    await db.auditEvent.create({ data: { programmeId: programme.id, actorId: coordinator.person.id, kind: "membership.ended", subjectId: ally.membership.id, createdAt: new Date(start + 100_000) } });
    await db.auditEvent.create({ data: { programmeId: null, actorId: ally.person.id, kind: "auth.sign-in", createdAt: new Date(start + 90_000) } });
    await db.auditEvent.create({ data: { programmeId: other.id, kind: "membership.ended", createdAt: new Date(start + 200_000) } });

    const viewer = await viewerOf(coordinator.person.id);
    const first = await listAuditEvents(viewer, programme.id);
    expect(first.events).toHaveLength(auditPageSize);
    expect(first.events[0]).toMatchObject({ kind: "membership.ended", actorName: "Cora", subjectName: "Ali" });
    expect(first.events[1]).toMatchObject({ kind: "auth.sign-in", actorName: "Ali" });
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents(viewer, programme.id, first.nextCursor!);
    expect(second.events).toHaveLength(62 - auditPageSize);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(62);
  });

  it("is for coordinators of the programme only", async () => {
    const programme = await createProgramme(db);
    const ally = await createMember(db, { programmeId: programme.id });
    const otherCoordinator = await createMember(db, { programmeId: (await createProgramme(db)).id, role: "COORDINATOR" });
    await expect(listAuditEvents(await viewerOf(ally.person.id), programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAuditEvents(await viewerOf(otherCoordinator.person.id), programme.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

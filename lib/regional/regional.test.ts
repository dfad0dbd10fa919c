import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appointRegionalCoordinator } from "@/lib/admin/appoint-regional-coordinator";
import { createDinner, createMember, createProgramme, createTrustAnswer } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { createPerson } from "@/lib/demo/factories";
import { regionalScope, regionalScopeSql } from "@/lib/auth/policy";
import { viewerOf } from "@/tests/support/viewers";
import { getRegionalView } from "./get-regional-view";

const now = new Date("2026-11-30T10:00:00Z");

describe("regional view", () => {
  it("shows exactly the appointed programmes side by side with the anonymity threshold", async () => {
    const admin = await createPerson(db, { isAdmin: true });
    const [a, b, c, notMine] = await Promise.all([createProgramme(db, { name: "A" }), createProgramme(db, { name: "B" }), createProgramme(db, { name: "C" }), createProgramme(db, { name: "D" })]);
    const dinner = await createDinner(db, { programmeId: a.id, startsAt: new Date("2026-11-20T17:30:00Z"), status: "HELD" });
    await createDinner(db, { programmeId: b.id, startsAt: new Date("2025-11-20T17:30:00Z"), status: "HELD" });
    for (const score of [5, 4, 3]) {
      const m = await createMember(db, { programmeId: a.id, party: "COMMUNITY" });
      await createTrustAnswer(db, { dinnerId: dinner.id, membershipId: m.membership.id, party: "COMMUNITY", keepsPromises: score, wouldCall: score === 5 ? 5 : null });
    }
    const { personId } = await appointRegionalCoordinator(await viewerOf(admin.id), { name: "Eenheid Den Haag", email: "unit@example.test", locale: "nl", programmeIds: [a.id, b.id, c.id] });
    const view = await getRegionalView(await viewerOf(personId), now);
    expect(view.map((p) => p.name).sort()).toEqual(["A", "B", "C"]);
    const rowA = view.find((p) => p.name === "A")!;
    expect(rowA).toMatchObject({ held: 1, target: 5, daysSinceLastDinner: 9, trust: { keepsPromises: { last: 4 }, wouldCall: { last: null } } });
    expect(view.find((p) => p.name === "B")).toMatchObject({ held: 0, daysSinceLastDinner: 374 });
    expect(view.find((p) => p.name === "C")).toMatchObject({ held: 0, daysSinceLastDinner: null });
    expect(JSON.stringify(view)).not.toContain(notMine.id);

    // A regional coordinator is no member: no programme's data through the member gate.
    const regional = await viewerOf(personId);
    expect(regional.memberships).toEqual([]);

    // Not an admin → refused; ticking none ends the appointment.
    await expect(appointRegionalCoordinator(regional, { name: "x", email: "x@example.test", locale: "en", programmeIds: [] })).rejects.toBeInstanceOf(NotFoundError);
    await appointRegionalCoordinator(await viewerOf(admin.id), { name: "Eenheid Den Haag", email: "unit@example.test", locale: "nl", programmeIds: [] });
    await expect(getRegionalView(regional, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  // The SQL twin must pick exactly the programmes the Prisma where-clause picks.
  it("regionalScopeSql selects the same programmes as regionalScope", async () => {
    const admin = await viewerOf((await createPerson(db, { isAdmin: true })).id);
    const [p1, p2, p3] = await Promise.all([createProgramme(db), createProgramme(db), createProgramme(db), createProgramme(db)]);
    const appoint = (email: string, programmeIds: string[]) => appointRegionalCoordinator(admin, { name: email, email, locale: "en", programmeIds });
    const one = await appoint("one@example.test", [p1.id, p2.id]);
    const two = await appoint("two@example.test", [p2.id, p3.id]);
    const nobody = await createPerson(db);
    const seen: number[] = [];
    for (const personId of [one.personId, two.personId, nobody.id]) {
      const viewer = await viewerOf(personId);
      const byWhere = (await db.programme.findMany({ where: regionalScope(viewer), select: { id: true } })).map((p) => p.id).sort();
      const bySql = (await db.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "Programme" p WHERE ${regionalScopeSql(viewer, "p")}`).map((p) => p.id).sort();
      expect(bySql).toEqual(byWhere);
      seen.push(bySql.length);
    }
    expect(seen).toEqual([2, 2, 0]);
  });
});

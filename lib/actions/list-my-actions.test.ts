import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDate } from "@/lib/dates";
import { createAction, createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { listMyActions } from "./list-my-actions";

const now = new Date("2026-11-21T12:00:00Z"); // already 22 November in Auckland

describe("listMyActions", () => {
  it("groups the open actions I own, in all my programmes, into overdue, due soon and later", async () => {
    const amsterdam = await createProgramme(db, { name: "Allies Amsterdam", timeZone: "Europe/Amsterdam" });
    const me = await createMember(db, { programmeId: amsterdam.id });
    const auckland = await createProgramme(db, { name: "Allies Auckland", timeZone: "Pacific/Auckland" });
    const there = await db.membership.create({ data: { programmeId: auckland.id, personId: me.person.id, party: "COMMUNITY", role: "ALLY" } });
    const left = await createProgramme(db, { name: "Allies Left" });
    const former = await db.membership.create({ data: { programmeId: left.id, personId: me.person.id, party: "COMMUNITY", role: "ALLY", leftAt: new Date("2026-01-01") } });
    const someone = await createMember(db, { programmeId: amsterdam.id });

    const mine = (title: string, data: Partial<Parameters<typeof createAction>[1]> = {}) =>
      createAction(db, { programmeId: amsterdam.id, ownerIds: [me.membership.id, someone.membership.id], title, ...data });
    await mine("Overdue yesterday", { dueDate: calendarDate("2026-11-20"), status: "IN_PROGRESS", leadParty: "POLICE" });
    await mine("Overdue long ago", { dueDate: calendarDate("2026-10-01") });
    await mine("Due today", { dueDate: calendarDate("2026-11-21") });
    await mine("Due in 14 days", { dueDate: calendarDate("2026-12-05") });
    await mine("Due in 15 days", { dueDate: calendarDate("2026-12-06") });
    await mine("No date");
    await mine("Done already", { dueDate: calendarDate("2026-11-01"), status: "DONE" });
    await mine("Dropped", { dueDate: calendarDate("2026-11-01"), status: "DROPPED" });
    await createAction(db, { programmeId: amsterdam.id, ownerIds: [someone.membership.id], title: "Not mine", dueDate: calendarDate("2026-11-01") });
    // 21 November is yesterday in Auckland.
    await createAction(db, { programmeId: auckland.id, ownerIds: [there.id], title: "Auckland, due 21 November", dueDate: calendarDate("2026-11-21") });
    await createAction(db, { programmeId: left.id, ownerIds: [former.id], title: "From a programme I left", dueDate: calendarDate("2026-11-01") });

    const result = await listMyActions(await viewerOf(me.person.id), now);
    expect(result.overdue.map((a) => a.title)).toEqual(["Overdue long ago", "Overdue yesterday", "Auckland, due 21 November"]);
    expect(result.dueSoon.map((a) => a.title)).toEqual(["Due today", "Due in 14 days"]);
    expect(result.later.map((a) => a.title)).toEqual(["Due in 15 days", "No date"]);
    expect(result.total).toBe(7);
    const first = result.overdue[1]!;
    expect(first).toMatchObject({ programmeName: "Allies Amsterdam", leadParty: "POLICE", status: "IN_PROGRESS", dueDate: calendarDate("2026-11-20"), href: `/programmes/${amsterdam.id}/actions/${first.id}` });
    expect(result.overdue[2]!.programmeName).toBe("Allies Auckland");
  });

  it("is empty for someone who belongs to no programme, and refuses the signed-out", async () => {
    const nobody = await createPerson(db);
    expect(await listMyActions(await viewerOf(nobody.id), now)).toEqual({ overdue: [], dueSoon: [], later: [], total: 0 });
    await expect(listMyActions(null, now)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("shows nothing of another programme's actions to its coordinator", async () => {
    const programme = await createProgramme(db);
    const owner = await createMember(db, { programmeId: programme.id });
    await createAction(db, { programmeId: programme.id, ownerIds: [owner.membership.id], dueDate: calendarDate("2026-11-01") });
    const other = await createProgramme(db);
    const coordinator = await createMember(db, { programmeId: other.id, role: "COORDINATOR", party: "MUNICIPALITY" });
    expect((await listMyActions(await viewerOf(coordinator.person.id), now)).total).toBe(0);
  });
});

import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDate } from "@/lib/dates";
import { createAction, createDinner, createMember, createPerson, createProgramme, createRsvp } from "@/lib/demo/factories";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { getProgrammeOverview } from "./get-programme-overview";

const now = new Date("2026-11-21T12:00:00Z");

async function programmeWithData() {
  const programme = await createProgramme(db, { dinnersPerYearTarget: 5 });
  const ally = await createMember(db, { programmeId: programme.id });
  const liaison = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" });
  for (const day of [-200, -100, -30]) await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, day), status: "HELD" });
  await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, -340), status: "HELD" }); // last year
  await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, -50), status: "CANCELLED" });
  const next = await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, 12) });
  await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, 30) });
  await createRsvp(db, { dinnerId: next.id, membershipId: ally.membership.id, response: "MAYBE" });
  const owners = [ally.membership.id, liaison.membership.id];
  await createAction(db, { programmeId: programme.id, ownerIds: owners, title: "Overdue one", dueDate: calendarDate("2026-11-01") });
  await createAction(db, { programmeId: programme.id, ownerIds: owners, status: "IN_PROGRESS", title: "Overdue two", dueDate: calendarDate("2026-11-20") });
  await createAction(db, { programmeId: programme.id, ownerIds: owners, title: "Due today", dueDate: calendarDate("2026-11-21") });
  await createAction(db, { programmeId: programme.id, ownerIds: owners, status: "DONE", dueDate: calendarDate("2026-01-01") });
  await createAction(db, { programmeId: programme.id, ownerIds: owners, status: "DROPPED", dueDate: calendarDate("2026-01-01") });
  return { programme, ally, next };
}

describe("getProgrammeOverview", () => {
  it("summarises the next dinner, the year's dinners and open and overdue actions", async () => {
    const { programme, ally, next } = await programmeWithData();
    const overview = await getProgrammeOverview(await viewerOf(ally.person.id), programme.id, now);

    expect(overview.programme.name).toBe(programme.name);
    expect(overview.nextDinner).toMatchObject({ id: next.id, myResponse: "MAYBE" });
    expect(overview.year).toBe(2026);
    expect(overview.dinners).toEqual({ held: 3, planned: 2, cancelled: 1, target: 5 });
    expect(overview.actions.open).toBe(3);
    expect(overview.actions.overdue).toBe(2);
    expect(overview.actions.overdueList.map((a) => a.title)).toEqual(["Overdue one", "Overdue two"]);
    // Dates come back as the same instants and calendar dates they were stored as.
    expect(overview.nextDinner?.startsAt).toEqual(next.startsAt);
    expect(overview.nextDinner?.endsAt).toEqual(next.endsAt);
    expect(overview.actions.overdueList.map((a) => a.dueDate)).toEqual([calendarDate("2026-11-01"), calendarDate("2026-11-20")]);
  });

  it("is denied, as if absent, to members of another programme, ex-members and outsiders", async () => {
    const { programme, ally } = await programmeWithData();
    const other = await createProgramme(db);
    const stranger = await createMember(db, { programmeId: other.id });
    await expect(getProgrammeOverview(await viewerOf(stranger.person.id), programme.id, now)).rejects.toBeInstanceOf(NotFoundError);

    const nobody = await createPerson(db);
    await expect(getProgrammeOverview(await viewerOf(nobody.id), programme.id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProgrammeOverview(null, programme.id, now)).rejects.toBeInstanceOf(UnauthenticatedError);

    await db.membership.update({ where: { id: ally.membership.id }, data: { leftAt: now } });
    await expect(getProgrammeOverview(await viewerOf(ally.person.id), programme.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

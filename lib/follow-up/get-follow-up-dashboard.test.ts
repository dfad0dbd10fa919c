import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDate } from "@/lib/dates";
import { createAction, createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { createQueryCounter } from "@/tests/support/count-queries";
import { viewerOf } from "@/tests/support/viewers";
import { getFollowUpDashboard } from "./get-follow-up-dashboard";
import { listFollowUpActions } from "./list-follow-up-actions";

const now = new Date("2026-11-21T12:00:00Z");
const at = (iso: string) => new Date(iso);

// Eight actions logged in 2026 (Amsterdam time), one in 2025, one in another programme.
async function programmeWithActions() {
  const programme = await createProgramme(db, { timeZone: "Europe/Amsterdam" });
  const topics = await db.topic.findMany({ where: { programmeId: programme.id } });
  const topic = (key: string) => topics.find((t) => t.key === key)!.id;
  const ally = await createMember(db, { programmeId: programme.id, person: { name: "Aisha Ally" } });
  const liaison = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON", person: { name: "Bram Police" } });
  const programmeId = programme.id;
  const mine = [ally.membership.id];
  const theirs = [liaison.membership.id];
  const both = [ally.membership.id, liaison.membership.id];
  await createAction(db, { programmeId, ownerIds: theirs, title: "A", leadParty: "POLICE", topicId: topic("POLARISATION"), status: "DONE", createdAt: at("2026-02-01T10:00:00Z"), completedAt: at("2026-02-11T10:00:00Z") });
  await createAction(db, { programmeId, ownerIds: theirs, title: "B", leadParty: "POLICE", topicId: topic("POLARISATION"), status: "DONE", createdAt: at("2026-03-01T10:00:00Z"), completedAt: at("2026-03-21T10:00:00Z") });
  await createAction(db, { programmeId, ownerIds: both, title: "C", leadParty: "MUNICIPALITY", topicId: topic("NUISANCE"), status: "DONE", createdAt: at("2026-04-01T10:00:00Z"), completedAt: at("2026-05-01T10:00:00Z") });
  await createAction(db, { programmeId, ownerIds: theirs, title: "D", leadParty: "MUNICIPALITY", topicId: topic("NUISANCE"), status: "DROPPED", dropReason: "=cmd", createdAt: at("2026-05-01T10:00:00Z") });
  await createAction(db, { programmeId, ownerIds: mine, title: "E", leadParty: "COMMUNITY", topicId: topic("POVERTY"), status: "OPEN", dueDate: calendarDate("2026-11-01"), createdAt: at("2026-06-01T10:00:00Z") });
  await createAction(db, { programmeId, ownerIds: both, title: "F", leadParty: "JOINT", status: "IN_PROGRESS", dueDate: calendarDate("2026-12-31"), createdAt: at("2026-07-01T10:00:00Z") });
  await createAction(db, { programmeId, ownerIds: mine, title: "G", leadParty: "JOINT", topicId: topic("POLARISATION"), status: "OPEN", createdAt: at("2026-08-01T10:00:00Z") });
  // 00:30 on 1 January 2026 in Amsterdam: this year there, although still 2025 in UTC.
  await createAction(db, { programmeId, ownerIds: theirs, title: "I", leadParty: "POLICE", status: "OPEN", createdAt: at("2025-12-31T23:30:00Z") });
  // 23:00 on 31 December 2025 in Amsterdam: last year.
  await createAction(db, { programmeId, ownerIds: theirs, title: "H", leadParty: "POLICE", status: "OPEN", dueDate: calendarDate("2026-01-15"), createdAt: at("2025-12-31T22:00:00Z") });

  const other = await createProgramme(db);
  const stranger = await createMember(db, { programmeId: other.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  await createAction(db, { programmeId: other.id, ownerIds: [stranger.membership.id], title: "Elsewhere", leadParty: "POLICE", createdAt: at("2026-03-01T10:00:00Z") });
  return { programme, ally, liaison, stranger, topic };
}

describe("getFollowUpDashboard", () => {
  it("counts the year's actions per status, party and topic, with completion rate and median days to done", async () => {
    const { programme, ally, topic } = await programmeWithActions();
    const dashboard = await getFollowUpDashboard(await viewerOf(ally.person.id), programme.id, {}, {}, now);

    expect(dashboard.year).toBe(2026);
    expect(dashboard.years).toEqual([2026, 2025]);
    expect(dashboard.totals).toEqual({ total: 8, open: 4, overdue: 1, done: 3, dropped: 1, completionRate: 3 / 7, medianDaysToDone: 20 });
    const party = Object.fromEntries(dashboard.byParty.map((p) => [p.party, p.figures]));
    expect(party.POLICE).toEqual({ total: 3, open: 1, overdue: 0, done: 2, dropped: 0, completionRate: 2 / 3, medianDaysToDone: 15 });
    expect(party.MUNICIPALITY).toEqual({ total: 2, open: 0, overdue: 0, done: 1, dropped: 1, completionRate: 1, medianDaysToDone: 30 });
    expect(party.COMMUNITY).toEqual({ total: 1, open: 1, overdue: 1, done: 0, dropped: 0, completionRate: 0, medianDaysToDone: null });
    expect(party.JOINT).toMatchObject({ total: 2, open: 2, overdue: 0, done: 0, completionRate: 0 });

    const byTopic = (id: string | null) => dashboard.byTopic.find((t) => t.id === id)?.figures;
    expect(byTopic(topic("POLARISATION"))).toMatchObject({ total: 3, done: 2, open: 1, medianDaysToDone: 15 });
    expect(byTopic(topic("NUISANCE"))).toMatchObject({ total: 2, done: 1, dropped: 1, completionRate: 1 });
    expect(byTopic(topic("POVERTY"))).toMatchObject({ total: 1, overdue: 1 });
    expect(byTopic(topic("RADICALISATION"))).toEqual({ total: 0, open: 0, overdue: 0, done: 0, dropped: 0, completionRate: null, medianDaysToDone: null });
    expect(byTopic(null)).toMatchObject({ total: 2, open: 2 });
    expect(dashboard.owners.map((o) => o.name)).toEqual(["Aisha Ally", "Bram Police"]);
  });

  it("shows another year, and an empty year without failing", async () => {
    const { programme, ally } = await programmeWithActions();
    const viewer = await viewerOf(ally.person.id);
    const last = await getFollowUpDashboard(viewer, programme.id, { year: 2025 }, {}, now);
    expect(last.totals).toMatchObject({ total: 1, open: 1, overdue: 1 });
    const empty = await getFollowUpDashboard(viewer, programme.id, { year: 2020 }, {}, now);
    expect(empty.totals).toEqual({ total: 0, open: 0, overdue: 0, done: 0, dropped: 0, completionRate: null, medianDaysToDone: null });
    expect(empty.byParty.every((p) => p.figures.total === 0)).toBe(true);
    expect(empty.years).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
  });

  it("is denied, as if absent, to members of another programme and outsiders", async () => {
    const { programme, stranger } = await programmeWithActions();
    await expect(getFollowUpDashboard(await viewerOf(stranger.person.id), programme.id, {}, {}, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listFollowUpActions(await viewerOf(stranger.person.id), programme.id, {}, {}, now)).rejects.toBeInstanceOf(NotFoundError);
    const nobody = await createPerson(db);
    await expect(getFollowUpDashboard(await viewerOf(nobody.id), programme.id, {}, {}, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFollowUpDashboard(null, programme.id, {}, {}, now)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listFollowUpActions(null, programme.id, {}, {}, now)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("listFollowUpActions", () => {
  it("lists the year's actions and filters by status (overdue too), party, topic and owner", async () => {
    const { programme, ally, liaison, topic } = await programmeWithActions();
    const viewer = await viewerOf(ally.person.id);
    const titles = async (filters: Parameters<typeof listFollowUpActions>[2]) =>
      (await listFollowUpActions(viewer, programme.id, filters, {}, now)).rows.map((r) => r.title).sort();

    expect(await titles({})).toEqual(["A", "B", "C", "D", "E", "F", "G", "I"]);
    expect(await titles({ year: 2025 })).toEqual(["H"]);
    expect(await titles({ status: "OVERDUE" })).toEqual(["E"]);
    expect(await titles({ status: "OPEN" })).toEqual(["E", "G", "I"]);
    expect(await titles({ status: "DONE", party: "POLICE" })).toEqual(["A", "B"]);
    expect(await titles({ topic: topic("POLARISATION") })).toEqual(["A", "B", "G"]);
    expect(await titles({ owner: ally.membership.id })).toEqual(["C", "E", "F", "G"]);
    expect(await titles({ owner: liaison.membership.id, party: "MUNICIPALITY" })).toEqual(["C", "D"]);

    const list = await listFollowUpActions(viewer, programme.id, {}, { limit: 3 }, now);
    expect(list.rows).toHaveLength(3);
    expect(list).toMatchObject({ total: 8, page: 1, pages: 3 });
    // The last page has the rest, in the same order as the whole list.
    const all = (await listFollowUpActions(viewer, programme.id, {}, {}, now)).rows.map((r) => r.id);
    const last = await listFollowUpActions(viewer, programme.id, {}, { limit: 3, page: 3 }, now);
    expect(last.rows.map((r) => r.id)).toEqual(all.slice(6));
    const e = (await listFollowUpActions(viewer, programme.id, { status: "OVERDUE" }, {}, now)).rows[0]!;
    expect(e).toMatchObject({ overdue: true, leadParty: "COMMUNITY", href: `/programmes/${programme.id}/actions/${e.id}` });
    expect(e.owners.map((o) => o.name)).toEqual(["Aisha Ally"]);
  });

  it("is one statement for the CSV, however many actions and owners (issue 10)", async () => {
    const { programme, ally, liaison } = await programmeWithActions();
    const viewer = await viewerOf(ally.person.id);
    const counter = createQueryCounter();
    try {
      const before = await counter.count(() => listFollowUpActions(viewer, programme.id, {}, {}, now));
      for (let i = 0; i < 20; i++) await createAction(db, { programmeId: programme.id, ownerIds: [ally.membership.id, liaison.membership.id], title: `More ${i}`, createdAt: at("2026-09-01T10:00:00Z") });
      const after = await counter.count(() => listFollowUpActions(viewer, programme.id, { status: "OPEN" }, {}, now));
      expect(after.result.rows.length).toBeGreaterThan(before.result.rows.length);
      expect([before.queries.length, before.roundTrips, after.queries.length, after.roundTrips]).toEqual([1, 1, 1, 1]);
    } finally {
      await counter.disconnect();
    }
  });

  it("is the list the dashboard shows, from the dashboard's own statement, page by page and filtered", async () => {
    const { programme, ally, liaison } = await programmeWithActions();
    const viewer = await viewerOf(ally.person.id);
    for (const [filters, options] of [
      [{}, { limit: 3 }],
      [{}, { limit: 3, page: 3 }],
      [{ status: "OVERDUE" }, { limit: 25 }],
      [{ owner: liaison.membership.id, party: "MUNICIPALITY" }, { limit: 25 }],
      [{ year: 2025 }, {}],
    ] as const) {
      const dashboard = await getFollowUpDashboard(viewer, programme.id, filters, options, now);
      expect(dashboard.list).toEqual(await listFollowUpActions(viewer, programme.id, filters, options, now));
    }
    expect((await getFollowUpDashboard(viewer, programme.id, {}, { limit: 3 }, now)).list).toMatchObject({ total: 8, page: 1, pages: 3 });
  });

  it("never lists another programme's actions, even when asked for its topic or owner", async () => {
    const { programme, ally, stranger } = await programmeWithActions();
    const rows = (await listFollowUpActions(await viewerOf(ally.person.id), programme.id, { owner: stranger.membership.id }, {}, now)).rows;
    expect(rows).toEqual([]);
  });
});

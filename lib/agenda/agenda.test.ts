import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createAgendaItem, createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { createAgendaItem as addItem } from "./create-agenda-item";
import { deleteAgendaItem } from "./delete-agenda-item";
import { getAgenda } from "./get-agenda";
import { moveAgendaItem } from "./move-agenda-item";
import { updateAgendaItem } from "./update-agenda-item";

const day = (iso: string) => new Date(`${iso}T17:30:00Z`);

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const communityCoordinator = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "COORDINATOR" });
  const police = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" });
  const ally = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" });
  const municipalAlly = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "ALLY" });
  const other = await createProgramme(db);
  const stranger = await createMember(db, { programmeId: other.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const topics = await db.topic.findMany({ where: { programmeId: programme.id } });
  const first = await createDinner(db, { programmeId: programme.id, startsAt: day("2026-02-01"), status: "HELD" });
  const second = await createDinner(db, { programmeId: programme.id, startsAt: day("2026-05-01"), status: "HELD" });
  const third = await createDinner(db, { programmeId: programme.id, startsAt: day("2026-09-01") });
  return {
    programme,
    other,
    first,
    second,
    third,
    topic: (key: string) => topics.find((t) => t.key === key)!,
    members: { coordinator, communityCoordinator, police, ally, municipalAlly },
    coordinator: await viewerOf(coordinator.person.id),
    communityCoordinator: await viewerOf(communityCoordinator.person.id),
    police: await viewerOf(police.person.id),
    ally: await viewerOf(ally.person.id),
    municipalAlly: await viewerOf(municipalAlly.person.id),
    stranger: await viewerOf(stranger.person.id),
  };
}

describe("getAgenda", () => {
  it("opens with the open actions of earlier dinners, oldest first, until done or dropped", async () => {
    const s = await setup();
    const owners = [s.members.ally.membership.id, s.members.police.membership.id];
    const p = s.programme.id;
    await createAction(db, { programmeId: p, dinnerId: s.second.id, ownerIds: owners, title: "From the second dinner", createdAt: day("2026-05-02") });
    await createAction(db, { programmeId: p, dinnerId: s.first.id, ownerIds: owners, title: "From the first dinner", status: "IN_PROGRESS", createdAt: day("2026-06-01") });
    await createAction(db, { programmeId: p, ownerIds: owners, title: "Between dinners", createdAt: day("2026-03-15") });
    await createAction(db, { programmeId: p, dinnerId: s.first.id, ownerIds: owners, title: "Done already", status: "DONE" });
    await createAction(db, { programmeId: p, dinnerId: s.first.id, ownerIds: owners, title: "Dropped", status: "DROPPED", dropReason: "x" });
    await createAction(db, { programmeId: p, dinnerId: s.third.id, ownerIds: owners, title: "Agreed at this dinner" });
    await createAction(db, { programmeId: p, ownerIds: owners, title: "Logged after this dinner", createdAt: day("2026-09-10") });
    const elsewhere = await createDinner(db, { programmeId: s.other.id, startsAt: day("2026-01-01") });
    const strangerMember = await db.membership.findFirstOrThrow({ where: { programmeId: s.other.id } });
    await createAction(db, { programmeId: s.other.id, dinnerId: elsewhere.id, ownerIds: [strangerMember.id], title: "Other programme" });

    const agenda = await getAgenda(s.ally, p, s.third.id);
    expect(agenda.actionsToReview.map((a) => a.title)).toEqual(["From the first dinner", "Between dinners", "From the second dinner"]);
    expect(agenda.actionsToReview[0]!.owners.map((o) => o.party).sort()).toEqual(["COMMUNITY", "POLICE"]);
    // Each action's owners by name, with their name and party.
    const byName = [s.members.ally, s.members.police]
      .map((m) => ({ id: m.membership.id, name: m.person.name, party: m.membership.party }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(agenda.actionsToReview[0]!.owners).toEqual(byName);
    expect(agenda.canEdit).toBe(false);

    const atSecond = await getAgenda(s.police, p, s.second.id);
    expect(atSecond.actionsToReview.map((a) => a.title)).toEqual(["From the first dinner", "Between dinners"]);
    expect(atSecond.canEdit).toBe(true);
    expect(atSecond.canLogAction).toBe(true);
  });

  it("groups the actions to review by topic: per topic the count, how many are overdue, and only its oldest few", async () => {
    const s = await setup();
    const p = s.programme.id;
    const owners = [s.members.police.membership.id];
    const nuisance = s.topic("NUISANCE").id;
    for (let i = 0; i < 7; i++) {
      await createAction(db, { programmeId: p, dinnerId: s.first.id, topicId: nuisance, ownerIds: owners, title: `Nuisance ${i}`, createdAt: new Date(day("2026-02-02").getTime() + i * 60_000), dueDate: i < 2 ? new Date("2026-03-01") : undefined });
    }
    await createAction(db, { programmeId: p, dinnerId: s.second.id, ownerIds: owners, title: "No topic" });
    const agenda = await getAgenda(s.coordinator, p, s.third.id, day("2026-08-01"));
    const shown = agenda.actionsToReview.filter((a) => a.group.topicId === nuisance);
    expect(shown.map((a) => a.title)).toEqual(["Nuisance 0", "Nuisance 1", "Nuisance 2"]);
    expect(shown[0]!.group).toEqual({ topicId: nuisance, count: 7, overdue: 2 });
    expect(shown[0]!.topic?.key).toBe("NUISANCE");
    // Dates as stored: the calendar due date and the instant it was logged.
    expect(shown[0]).toMatchObject({ dueDate: new Date("2026-03-01"), createdAt: day("2026-02-02") });
    expect(agenda.dinner).toMatchObject({ id: s.third.id, startsAt: s.third.startsAt });
    // Another programme's dinner through this programme's address: not found.
    await expect(getAgenda(s.coordinator, p, (await createDinner(db, { programmeId: s.other.id, startsAt: day("2026-10-01") })).id)).rejects.toBeInstanceOf(NotFoundError);
    expect(agenda.actionsToReview.find((a) => a.title === "No topic")?.group).toEqual({ topicId: null, count: 1, overdue: 0 });
  });

  it("never returns professionals-only items to community members", async () => {
    const s = await setup();
    await createAgendaItem(db, { dinnerId: s.first.id, title: "Open item", notes: "for all", position: 1 });
    await createAgendaItem(db, { dinnerId: s.first.id, title: "Closed item", notes: "secret minutes", visibility: "PROFESSIONALS", position: 2 });
    for (const viewer of [s.police, s.coordinator, s.municipalAlly]) {
      expect((await getAgenda(viewer, s.programme.id, s.first.id)).items.map((i) => i.title)).toEqual(["Open item", "Closed item"]);
    }
    for (const viewer of [s.ally, s.communityCoordinator]) {
      const agenda = await getAgenda(viewer, s.programme.id, s.first.id);
      expect(agenda.items.map((i) => i.title)).toEqual(["Open item"]);
      expect(JSON.stringify(agenda)).not.toContain("secret minutes");
      expect(agenda.mayUseProfessionalsOnly).toBe(false);
    }
  });

  it("looks back to the dinner before (not a cancelled one): the signals put on this agenda or reported since, and the incidents closed since", async () => {
    const s = await setup();
    const p = s.programme.id;
    // Between the second dinner (the one before) and the third: cancelled, so it does not count.
    await createDinner(db, { programmeId: p, startsAt: day("2026-07-01"), status: "CANCELLED" });
    const area = await db.signalArea.create({ data: { programmeId: p, name: "Market square" } });
    const topic = s.topic("NUISANCE");
    const signal = (text: string, createdAt: string, over: Partial<{ agendaDinnerId: string; visibility: "PROFESSIONALS"; programmeId: string; topicId: string; areaId: string }> = {}) =>
      db.signal.create({ data: { programmeId: p, text, source: "SEEN", level: 2, authorId: s.members.police.membership.id, createdAt: day(createdAt), ...over } });
    const onAgenda = await signal("Put on this agenda long ago", "2026-01-10", { agendaDinnerId: s.third.id });
    await signal("Before the dinner before", "2026-04-20");
    const june = await signal("Since the dinner before", "2026-06-01", { topicId: topic.id, areaId: area.id });
    const august = await signal("After the cancelled dinner", "2026-08-01");
    await signal("Professionals only", "2026-08-02", { visibility: "PROFESSIONALS" });
    await signal("After this dinner", "2026-09-10");
    await signal("Another programme's", "2026-08-03", { programmeId: s.other.id });
    const incident = (whatHappened: string, closedAt: string | null) =>
      db.incident.create({ data: { programmeId: p, whatHappened, level: 3, status: closedAt ? "CLOSED" : "OPEN", closedAt: closedAt ? day(closedAt) : null, review: closedAt ? `Learnt: ${whatHappened}` : null } });
    await incident("Closed before the dinner before", "2026-04-15");
    const closedInJune = await incident("Closed since the dinner before", "2026-06-15");
    const closedInAugust = await incident("Closed after the cancelled dinner", "2026-08-15");
    await incident("Closed after this dinner", "2026-09-05");
    await incident("Still open", null);

    const agenda = await getAgenda(s.ally, p, s.third.id, day("2026-08-20"));
    expect(agenda.signals.map((x) => [x.id, x.onAgenda])).toEqual([[onAgenda.id, true], [june.id, false], [august.id, false]]);
    expect(agenda.signals[1]).toEqual({ id: june.id, text: "Since the dinner before", level: 2, source: "SEEN", visibility: "ALL_MEMBERS", status: "OPEN", createdAt: day("2026-06-01"), onAgenda: false, topic: { key: "NUISANCE", name: topic.name }, area: { name: "Market square" } });
    expect(agenda.signals[0]).toMatchObject({ topic: null, area: null });
    expect((await getAgenda(s.coordinator, p, s.third.id, day("2026-08-20"))).signals.map((x) => x.text)).toEqual(["Put on this agenda long ago", "Since the dinner before", "After the cancelled dinner", "Professionals only"]);
    expect(agenda.incidentReviews).toEqual([
      { id: closedInJune.id, whatHappened: "Closed since the dinner before", review: "Learnt: Closed since the dinner before", closedAt: day("2026-06-15"), openedAt: null },
      { id: closedInAugust.id, whatHappened: "Closed after the cancelled dinner", review: "Learnt: Closed after the cancelled dinner", closedAt: day("2026-08-15"), openedAt: null },
    ]);
    // The first dinner has none before it: everything up to its start.
    const atFirst = await getAgenda(s.ally, p, s.first.id, day("2026-01-20"));
    expect(atFirst.signals.map((x) => x.text)).toEqual(["Put on this agenda long ago"]);
    expect(atFirst.signals[0]!.onAgenda).toBe(false);
    expect(atFirst.incidentReviews).toEqual([]);
  });

  it("is denied to members of another programme, also through their own programme id", async () => {
    const s = await setup();
    await expect(getAgenda(s.stranger, s.programme.id, s.first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAgenda(s.stranger, s.other.id, s.first.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("agenda items", () => {
  it("are added at the end, edited with a version check, moved and deleted by coordinators and police liaisons", async () => {
    const s = await setup();
    const p = s.programme.id;
    const a = await addItem(s.police, p, s.third.id, { title: "First", notes: "", visibility: "ALL_MEMBERS", topicId: s.topic("NUISANCE").id });
    const b = await addItem(s.coordinator, p, s.third.id, { title: "Second", notes: "", visibility: "PROFESSIONALS" });
    const c = await addItem(s.coordinator, p, s.third.id, { title: "Third", notes: "", visibility: "ALL_MEMBERS" });
    const titles = async () => (await getAgenda(s.police, p, s.third.id)).items.map((i) => i.title);
    expect(await titles()).toEqual(["First", "Second", "Third"]);

    await moveAgendaItem(s.police, p, c.id, "up");
    expect(await titles()).toEqual(["First", "Third", "Second"]);
    await moveAgendaItem(s.coordinator, p, a.id, "up"); // already first: nothing happens
    await moveAgendaItem(s.coordinator, p, a.id, "down");
    expect(await titles()).toEqual(["Third", "First", "Second"]);

    await updateAgendaItem(s.police, p, a.id, 1, { title: "First, edited", notes: "Minutes", visibility: "ALL_MEMBERS" });
    await expect(updateAgendaItem(s.coordinator, p, a.id, 1, { title: "Stale", notes: "", visibility: "ALL_MEMBERS" })).rejects.toMatchObject({
      constructor: ConflictError,
      current: { title: "First, edited", notes: "Minutes", version: 2 },
    });
    await expect(deleteAgendaItem(s.coordinator, p, a.id, 1)).rejects.toBeInstanceOf(ConflictError);
    await deleteAgendaItem(s.coordinator, p, a.id, 2);
    expect(await titles()).toEqual(["Third", "Second"]);
    void b;
  });

  it("refuse a title or notes that identify a person, next to the field", async () => {
    const s = await setup();
    const p = s.programme.id;
    await expect(addItem(s.coordinator, p, s.third.id, { title: "Youth nuisance", notes: "The boy born 12-03-2009 again", visibility: "ALL_MEMBERS" })).rejects.toEqual(
      new FieldError("notes", "identifyingBirthDate"),
    );
    expect((await getAgenda(s.coordinator, p, s.third.id)).items).toEqual([]);
    const item = await addItem(s.coordinator, p, s.third.id, { title: "Youth nuisance", notes: "Calmer since the summer", visibility: "ALL_MEMBERS" });
    await expect(updateAgendaItem(s.coordinator, p, item.id, 1, { title: "Nuisance at Dorpsweg 4a", notes: "", visibility: "ALL_MEMBERS" })).rejects.toEqual(
      new FieldError("title", "identifyingAddress"),
    );
    expect((await getAgenda(s.coordinator, p, s.third.id)).items).toMatchObject([{ title: "Youth nuisance", notes: "Calmer since the summer" }]);
  });

  it("are closed to allies and other programmes, and professionals-only ones to community coordinators", async () => {
    const s = await setup();
    const p = s.programme.id;
    const input = { title: "X", notes: "", visibility: "ALL_MEMBERS" as const };
    await expect(addItem(s.ally, p, s.third.id, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addItem(s.stranger, p, s.third.id, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addItem(s.stranger, s.other.id, s.third.id, input)).rejects.toBeInstanceOf(NotFoundError);
    const archived = s.topic("POVERTY");
    await db.topic.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await expect(addItem(s.coordinator, p, s.third.id, { ...input, topicId: archived.id })).rejects.toBeInstanceOf(FieldError);

    const closed = await addItem(s.police, p, s.third.id, { title: "Closed", notes: "secret", visibility: "PROFESSIONALS" });
    await expect(addItem(s.communityCoordinator, p, s.third.id, { ...input, visibility: "PROFESSIONALS" })).rejects.toBeInstanceOf(FieldError);
    await expect(updateAgendaItem(s.communityCoordinator, p, closed.id, 1, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveAgendaItem(s.communityCoordinator, p, closed.id, "up")).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteAgendaItem(s.communityCoordinator, p, closed.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAgendaItem(s.ally, p, closed.id, 1, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteAgendaItem(s.stranger, s.other.id, closed.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: closed.id } })).toMatchObject({ title: "Closed", version: 1 });
  });
});

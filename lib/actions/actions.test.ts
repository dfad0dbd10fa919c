import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDate } from "@/lib/dates";
import { createAction, createActionUpdate, createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { addActionUpdate } from "./add-action-update";
import { editAction } from "./edit-action";
import { getAction } from "./get-action";
import { getActionFormOptions } from "./get-action-form-options";
import { listActions } from "./list-actions";
import { logAction } from "./log-action";

async function setup() {
  const programme = await createProgramme(db, { name: "Allies Test" });
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const police = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON", person: { name: "Karim" } });
  const ally = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY", person: { name: "Fatma", locale: "nl" } });
  const otherAlly = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY", person: { name: "Els" } });
  const municipalAlly = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "ALLY", person: { name: "Priya", locale: "en" } });
  const other = await createProgramme(db);
  const stranger = await createMember(db, { programmeId: other.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2026-06-01T16:30:00Z"), status: "HELD" });
  const topics = await db.topic.findMany({ where: { programmeId: programme.id } });
  return {
    programme,
    other,
    dinner,
    topic: (key: string) => topics.find((t) => t.key === key)!,
    members: { coordinator, police, ally, otherAlly, municipalAlly, stranger },
    coordinator: await viewerOf(coordinator.person.id),
    police: await viewerOf(police.person.id),
    ally: await viewerOf(ally.person.id),
    otherAlly: await viewerOf(otherAlly.person.id),
    municipalAlly: await viewerOf(municipalAlly.person.id),
    stranger: await viewerOf(stranger.person.id),
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const fields = (s: Setup, overrides: Partial<Parameters<typeof logAction>[2]> = {}) => ({
  title: "Parents' evening",
  description: "On online safety",
  topicId: s.topic("RADICALISATION").id,
  leadParty: "JOINT" as const,
  ownerIds: [s.members.ally.membership.id, s.members.police.membership.id],
  dueDate: "2026-07-15",
  dinnerId: s.dinner.id,
  ...overrides,
});

describe("logAction", () => {
  it("creates the action with owners and queues an e-mail to each owner in their language", async () => {
    const s = await setup();
    const { id } = await logAction(s.police, s.programme.id, fields(s));
    const action = await db.action.findUniqueOrThrow({ where: { id }, include: { owners: true } });
    expect(action).toMatchObject({ title: "Parents' evening", leadParty: "JOINT", status: "OPEN", dinnerId: s.dinner.id, dueDate: calendarDate("2026-07-15"), version: 1 });
    expect(action.owners.map((o) => o.membershipId).sort()).toEqual([s.members.ally.membership.id, s.members.police.membership.id].sort());

    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `action-assigned:${id}:` } }, orderBy: { to: "asc" } });
    expect(emails).toHaveLength(2);
    const toFatma = emails.find((e) => e.dedupeKey === `action-assigned:${id}:${s.members.ally.membership.id}`)!;
    expect(toFatma.to).toBe(s.members.ally.person.email);
    expect(toFatma.subject).toContain("Actie aan jou toegewezen");
    expect(toFatma.text).toContain(`/programmes/${s.programme.id}/actions/${id}`);
    const toKarim = emails.find((e) => e.dedupeKey.endsWith(s.members.police.membership.id))!;
    expect(toKarim.subject).toContain("Action assigned to you");
  });

  it("is for coordinators and police liaisons, with owners, topic and dinner of the same programme", async () => {
    const s = await setup();
    await expect(logAction(s.ally, s.programme.id, fields(s))).rejects.toBeInstanceOf(NotFoundError);
    await expect(logAction(s.stranger, s.programme.id, fields(s))).rejects.toBeInstanceOf(NotFoundError);
    await expect(logAction(s.stranger, s.other.id, fields(s))).rejects.toBeInstanceOf(FieldError);
    await expect(logAction(s.coordinator, s.programme.id, fields(s, { ownerIds: [s.members.stranger.membership.id] }))).rejects.toMatchObject({ field: "ownerIds" });
    await expect(logAction(s.coordinator, s.programme.id, fields(s, { ownerIds: [] }))).rejects.toMatchObject({ field: "ownerIds" });
    const foreignTopic = await db.topic.findFirstOrThrow({ where: { programmeId: s.other.id } });
    await expect(logAction(s.coordinator, s.programme.id, fields(s, { topicId: foreignTopic.id }))).rejects.toMatchObject({ field: "topicId" });
    await db.topic.update({ where: { id: s.topic("POVERTY").id }, data: { archivedAt: new Date() } });
    await expect(logAction(s.coordinator, s.programme.id, fields(s, { topicId: s.topic("POVERTY").id }))).rejects.toMatchObject({ field: "topicId" });
    await expect(logAction(s.coordinator, s.programme.id, fields(s, { dueDate: "2026-13-45" }))).rejects.toMatchObject({ field: "dueDate" });
    expect(await db.action.count({ where: { programmeId: s.programme.id } })).toBe(0);
    expect(await db.email.count({ where: { to: { in: Object.values(s.members).map((m) => m.person.email) } } })).toBe(0);
  });
});

describe("text that identifies a person", () => {
  it("is refused in an action's title, description and updates, next to the field, and nothing is written", async () => {
    const s = await setup();
    const p = s.programme.id;
    await expect(logAction(s.police, p, fields(s, { description: "Call him on 06-12345678" }))).rejects.toEqual(new FieldError("description", "identifyingPhone"));
    await expect(logAction(s.police, p, fields(s, { title: "Visit the family at Kerkstraat 12" }))).rejects.toEqual(new FieldError("title", "identifyingAddress"));
    expect(await db.action.count({ where: { programmeId: p } })).toBe(0);
    const { id } = await logAction(s.police, p, fields(s));
    await expect(editAction(s.coordinator, p, id, 1, fields(s, { title: "Karim talks to the school" }))).rejects.toEqual(new FieldError("title", "identifyingMemberName"));
    await expect(addActionUpdate(s.ally, p, id, 1, { text: "Dropped: mail jan@example.nl instead", status: "DROPPED" })).rejects.toEqual(new FieldError("text", "identifyingEmail"));
    const action = await db.action.findUniqueOrThrow({ where: { id }, include: { updates: true } });
    expect(action).toMatchObject({ title: "Parents' evening", version: 1, status: "OPEN", dropReason: null, updates: [] });
  });
});

describe("editAction", () => {
  it("saves with the version read, e-mails added owners only, and refuses a stale save showing the newer version", async () => {
    const s = await setup();
    const { id } = await logAction(s.police, s.programme.id, fields(s));
    await addActionUpdate(s.ally, s.programme.id, id, 1, { text: "Venue found", status: "IN_PROGRESS" });

    // Two people opened the edit form at version 2. The first save wins...
    await editAction(s.coordinator, s.programme.id, id, 2, fields(s, { title: "Parents' evening in the mosque", dueDate: "2026-08-01", ownerIds: [s.members.ally.membership.id, s.members.otherAlly.membership.id] }));
    const saved = await db.action.findUniqueOrThrow({ where: { id }, include: { owners: true } });
    expect(saved).toMatchObject({ title: "Parents' evening in the mosque", version: 3, dueDate: calendarDate("2026-08-01") });
    expect(saved.owners.map((o) => o.membershipId).sort()).toEqual([s.members.ally.membership.id, s.members.otherAlly.membership.id].sort());
    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `action-assigned:${id}:` } } });
    expect(emails.map((e) => e.dedupeKey).sort()).toEqual(
      [s.members.ally.membership.id, s.members.police.membership.id, s.members.otherAlly.membership.id].map((m) => `action-assigned:${id}:${m}`).sort(),
    );

    // ...the second is refused, with the newer title, status, due date and latest update, and nothing is overwritten.
    const stale = editAction(s.police, s.programme.id, id, 2, fields(s, { title: "Overwrite attempt" }));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({
      current: {
        version: 3,
        title: "Parents' evening in the mosque",
        status: "IN_PROGRESS",
        dueDate: "2026-08-01",
        latestUpdateText: "Venue found",
        latestUpdateStatus: "IN_PROGRESS",
        latestUpdateBy: "Fatma",
      },
    });
    expect(await db.action.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Parents' evening in the mosque", version: 3 });
  });

  it("is for coordinators and police liaisons of the programme only", async () => {
    const s = await setup();
    const { id } = await logAction(s.police, s.programme.id, fields(s));
    await expect(editAction(s.ally, s.programme.id, id, 1, fields(s))).rejects.toBeInstanceOf(NotFoundError);
    await expect(editAction(s.stranger, s.programme.id, id, 1, fields(s))).rejects.toBeInstanceOf(NotFoundError);
    await expect(editAction(s.stranger, s.other.id, id, 1, fields(s))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("addActionUpdate", () => {
  it("records notes and status changes as dated updates; DONE sets completedAt; dropping needs a reason", async () => {
    const s = await setup();
    const { id } = await logAction(s.police, s.programme.id, fields(s));
    const now = new Date("2026-06-10T09:00:00Z");
    await addActionUpdate(s.ally, s.programme.id, id, 1, { text: "Asked the mosque" }, now);
    await addActionUpdate(s.ally, s.programme.id, id, 2, { text: "", status: "IN_PROGRESS" }, now);
    await expect(addActionUpdate(s.ally, s.programme.id, id, 3, { text: "" })).rejects.toMatchObject({ field: "text" });
    await expect(addActionUpdate(s.ally, s.programme.id, id, 3, { text: "", status: "DROPPED" })).rejects.toMatchObject({ field: "text", messageKey: "dropReasonRequired" });
    await expect(addActionUpdate(s.ally, s.programme.id, id, 3, { text: "back", status: "OPEN" })).rejects.toMatchObject({ field: "status" });
    await addActionUpdate(s.police, s.programme.id, id, 3, { text: "Forty parents came", status: "DONE" }, now);

    const action = await db.action.findUniqueOrThrow({ where: { id } });
    expect(action).toMatchObject({ status: "DONE", completedAt: now, version: 4 });
    const { action: shown } = await getAction(s.otherAlly, s.programme.id, id);
    expect(shown.updates.map((u) => [u.author?.name, u.text, u.fromStatus, u.toStatus])).toEqual(
      expect.arrayContaining([
        ["Fatma", "Asked the mosque", null, null],
        ["Fatma", "", "OPEN", "IN_PROGRESS"],
        ["Karim", "Forty parents came", "IN_PROGRESS", "DONE"],
      ]),
    );

    // Only coordinators reopen; dropping keeps the reason.
    await expect(addActionUpdate(s.police, s.programme.id, id, 4, { text: "", status: "OPEN" })).rejects.toMatchObject({ field: "status" });
    await addActionUpdate(s.coordinator, s.programme.id, id, 4, { text: "Reopened: a second evening", status: "OPEN" });
    expect(await db.action.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", completedAt: null });
    await addActionUpdate(s.coordinator, s.programme.id, id, 5, { text: "The school does it now", status: "DROPPED" });
    expect(await db.action.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DROPPED", dropReason: "The school does it now" });
  });

  it("is open to owners, the lead party, coordinators and police liaisons only, and refuses a stale version", async () => {
    const s = await setup();
    const joint = await createAction(db, { programmeId: s.programme.id, leadParty: "JOINT", ownerIds: [s.members.police.membership.id] });
    const municipal = await createAction(db, { programmeId: s.programme.id, leadParty: "MUNICIPALITY", ownerIds: [s.members.police.membership.id] });
    await expect(addActionUpdate(s.ally, s.programme.id, joint.id, 1, { text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionUpdate(s.municipalAlly, s.programme.id, joint.id, 1, { text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await addActionUpdate(s.municipalAlly, s.programme.id, municipal.id, 1, { text: "Lead party may" });
    await expect(addActionUpdate(s.ally, s.programme.id, municipal.id, 2, { text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionUpdate(s.stranger, s.programme.id, municipal.id, 2, { text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addActionUpdate(s.stranger, s.other.id, municipal.id, 2, { text: "x" })).rejects.toBeInstanceOf(NotFoundError);

    await createActionUpdate(db, { actionId: municipal.id, authorId: s.members.municipalAlly.membership.id, text: "Lead party may" });
    await expect(addActionUpdate(s.coordinator, s.programme.id, municipal.id, 1, { text: "Stale", status: "DONE" })).rejects.toMatchObject({
      current: { version: 2, status: "OPEN", latestUpdateText: "Lead party may" },
    });
    expect(await db.actionUpdate.count({ where: { actionId: municipal.id, text: "Stale" } })).toBe(0);
    expect((await getAction(s.ally, s.programme.id, municipal.id)).canUpdate).toBe(false);
    expect((await getAction(s.municipalAlly, s.programme.id, municipal.id)).canUpdate).toBe(true);
  });
});

describe("listActions, getAction and getActionFormOptions", () => {
  it("list open and in-progress actions by default, filter by status, lead, topic and owner", async () => {
    const s = await setup();
    const p = s.programme.id;
    const ally = s.members.ally.membership.id;
    const police = s.members.police.membership.id;
    await createAction(db, { programmeId: p, title: "A", ownerIds: [ally], leadParty: "COMMUNITY", topicId: s.topic("POVERTY").id, dueDate: calendarDate("2026-07-01") });
    await createAction(db, { programmeId: p, title: "B", ownerIds: [police], leadParty: "POLICE", status: "IN_PROGRESS", dueDate: calendarDate("2026-06-01") });
    await createAction(db, { programmeId: p, title: "C", ownerIds: [police, ally], status: "DONE" });
    await createAction(db, { programmeId: s.other.id, title: "Elsewhere", ownerIds: [s.members.stranger.membership.id] });
    const titles = async (filters: Parameters<typeof listActions>[2]) => (await listActions(s.ally, p, filters)).actions.map((a) => a.title);
    expect(await titles({})).toEqual(["B", "A"]);
    expect(await titles({ status: "all" })).toEqual(["B", "A", "C"]);
    expect(await titles({ status: "DONE" })).toEqual(["C"]);
    expect(await titles({ party: "POLICE" })).toEqual(["B"]);
    expect(await titles({ topic: s.topic("POVERTY").id })).toEqual(["A"]);
    expect(await titles({ status: "all", owner: ally })).toEqual(["A", "C"]);
    // Each row with its topic (or none) and its owners by name.
    const rows = (await listActions(s.ally, p, { status: "all" })).actions;
    expect(rows.find((a) => a.title === "A")!.topic).toEqual({ id: s.topic("POVERTY").id, key: "POVERTY", name: null });
    expect(rows.find((a) => a.title === "C")).toMatchObject({ topic: null, owners: [{ id: ally, name: "Fatma", party: "COMMUNITY" }, { id: police, name: "Karim", party: "POLICE" }] });
    const list = await listActions(s.ally, p);
    expect(list.canCreate).toBe(false);
    // The filters offer this programme's members by name and its topics, nobody from elsewhere.
    const names = list.members.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(list.members.map((m) => m.id)).toEqual(expect.arrayContaining([ally, police]));
    expect(list.members.map((m) => m.id)).not.toContain(s.members.stranger.membership.id);
    expect(list.topics.map((t) => t.id)).toContain(s.topic("POVERTY").id);
    await expect(listActions(s.stranger, p)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("show an action to every member and the form options to those who may log or edit", async () => {
    const s = await setup();
    const { id } = await logAction(s.police, s.programme.id, fields(s));
    const data = await getAction(s.otherAlly, s.programme.id, id);
    expect(data.action.owners.map((o) => o.name)).toEqual(["Fatma", "Karim"]);
    expect(data).toMatchObject({ canUpdate: false, canEdit: false, nextStatuses: [] });
    expect((await getAction(s.ally, s.programme.id, id)).nextStatuses).toEqual(["IN_PROGRESS", "DONE", "DROPPED"]);
    await expect(getAction(s.stranger, s.programme.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAction(s.stranger, s.other.id, id)).rejects.toBeInstanceOf(NotFoundError);

    await db.topic.update({ where: { id: s.topic("RADICALISATION").id }, data: { archivedAt: new Date() } });
    const forNew = await getActionFormOptions(s.police, s.programme.id, { dinnerId: s.dinner.id });
    expect(forNew.selectedDinnerId).toBe(s.dinner.id);
    expect(forNew.topics.map((t) => t.key)).not.toContain("RADICALISATION");
    expect(forNew.members.map((m) => m.name)).toContain("Fatma");
    const forEdit = await getActionFormOptions(s.coordinator, s.programme.id, { actionId: id });
    expect(forEdit.topics.map((t) => t.key)).toContain("RADICALISATION");
    expect(forEdit.action).toMatchObject({ title: "Parents' evening", dueDate: "2026-07-15", version: 1 });
    await expect(getActionFormOptions(s.ally, s.programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActionFormOptions(s.stranger, s.programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getActionFormOptions(s.stranger, s.other.id, { actionId: id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

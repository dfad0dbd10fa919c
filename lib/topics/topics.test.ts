import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createAgendaItem, createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { FieldError, NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { createStandardTopics } from "./create-standard-topics";
import { createTopic } from "./create-topic";
import { getTopicHistory } from "./get-topic-history";
import { listTopics } from "./list-topics";
import { setTopicArchived } from "./set-topic-archived";

async function setup() {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const police = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" });
  const ally = await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" });
  const other = await createProgramme(db);
  const stranger = await createMember(db, { programmeId: other.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const topics = await db.topic.findMany({ where: { programmeId: programme.id } });
  const topic = (key: string) => topics.find((t) => t.key === key)!;
  return {
    programme,
    other,
    topic,
    coordinator: await viewerOf(coordinator.person.id),
    police: await viewerOf(police.person.id),
    ally: await viewerOf(ally.person.id),
    stranger: await viewerOf(stranger.person.id),
    allyMembership: ally.membership,
  };
}

describe("createStandardTopics", () => {
  it("gives a programme the four standard topics, once", async () => {
    const programme = await db.programme.create({ data: { name: "Bare", municipality: "Utrecht", policeTeam: "T", neighbourhood: "N" } });
    await db.$transaction((tx) => createStandardTopics(tx, programme.id));
    await db.$transaction((tx) => createStandardTopics(tx, programme.id));
    const keys = (await db.topic.findMany({ where: { programmeId: programme.id }, select: { key: true } })).map((t) => t.key).sort();
    expect(keys).toEqual(["NUISANCE", "POLARISATION", "POVERTY", "RADICALISATION"]);
  });
});

describe("topics", () => {
  it("lists the standard topics first with their use, for every member", async () => {
    const s = await setup();
    const dinner = await createDinner(db, { programmeId: s.programme.id, startsAt: new Date("2026-03-01T17:30:00Z"), status: "HELD" });
    await createAgendaItem(db, { dinnerId: dinner.id, topicId: s.topic("POVERTY").id, title: "Food bank" });
    await createTopic(s.coordinator, s.programme.id, "Youth work");
    const list = await listTopics(s.ally, s.programme.id);
    expect(list.canManage).toBe(false);
    expect(list.topics.map((t) => t.key ?? t.name)).toEqual(["RADICALISATION", "POLARISATION", "NUISANCE", "POVERTY", "Youth work"]);
    expect(list.topics.find((t) => t.key === "POVERTY")).toMatchObject({ agendaItemCount: 1, actionCount: 0 });
    expect((await listTopics(s.coordinator, s.programme.id)).canManage).toBe(true);
    await expect(listTopics(s.stranger, s.programme.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets only coordinators add topics (names unique) and archive or unarchive them", async () => {
    const s = await setup();
    const topic = await createTopic(s.coordinator, s.programme.id, "Youth work");
    await expect(createTopic(s.coordinator, s.programme.id, "youth WORK")).rejects.toBeInstanceOf(FieldError);
    // Five adds of one name at the same moment: one topic, the others told it exists.
    const together = await Promise.allSettled(["Street work", "street work", "STREET WORK", "Street Work", "street Work"].map((name) => createTopic(s.coordinator, s.programme.id, name)));
    expect(together.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(together.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toEqual(Array(4).fill(new FieldError("name", "topicExists")));
    expect(await db.topic.count({ where: { programmeId: s.programme.id, name: { equals: "street work", mode: "insensitive" } } })).toBe(1);
    await expect(createTopic(s.police, s.programme.id, "Other")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createTopic(s.ally, s.programme.id, "Other")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createTopic(s.stranger, s.programme.id, "Other")).rejects.toBeInstanceOf(NotFoundError);

    await setTopicArchived(s.coordinator, s.programme.id, topic.id, true);
    expect((await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).archivedAt).not.toBeNull();
    await setTopicArchived(s.coordinator, s.programme.id, topic.id, false);
    expect((await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).archivedAt).toBeNull();
    await expect(setTopicArchived(s.ally, s.programme.id, topic.id, true)).rejects.toBeInstanceOf(NotFoundError);
    // Another programme's coordinator cannot reach it, not even through their own programme id.
    await expect(setTopicArchived(s.stranger, s.other.id, topic.id, true)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a topic's history, leaving professionals-only items out for community members", async () => {
    const s = await setup();
    const radicalisation = s.topic("RADICALISATION");
    const dinner = await createDinner(db, { programmeId: s.programme.id, startsAt: new Date("2026-03-01T17:30:00Z"), status: "HELD" });
    await createAgendaItem(db, { dinnerId: dinner.id, topicId: radicalisation.id, title: "Open trends", notes: "Shared with all" });
    await createAgendaItem(db, { dinnerId: dinner.id, topicId: radicalisation.id, title: "Police briefing", notes: "Confidential", visibility: "PROFESSIONALS" });
    await createAction(db, { programmeId: s.programme.id, dinnerId: dinner.id, topicId: radicalisation.id, ownerIds: [s.allyMembership.id], title: "Done one", status: "DONE", completedAt: new Date("2026-04-01T10:00:00Z") });
    await createAction(db, { programmeId: s.programme.id, topicId: radicalisation.id, ownerIds: [s.allyMembership.id], title: "Dropped one", status: "DROPPED", dropReason: "No longer needed" });

    const forPolice = await getTopicHistory(s.police, s.programme.id, radicalisation.id);
    expect(forPolice.agendaItems.map((i) => i.title).sort()).toEqual(["Open trends", "Police briefing"]);
    const forAlly = await getTopicHistory(s.ally, s.programme.id, radicalisation.id);
    expect(forAlly.agendaItems.map((i) => i.title)).toEqual(["Open trends"]);
    expect(JSON.stringify(forAlly)).not.toContain("Confidential");
    expect(forAlly.actions.map((a) => [a.title, a.status, a.dropReason]).sort()).toEqual([
      ["Done one", "DONE", null],
      ["Dropped one", "DROPPED", "No longer needed"],
    ]);
    expect(forAlly.actions.find((a) => a.title === "Done one")!.completedAt).toEqual(new Date("2026-04-01T10:00:00Z"));

    await expect(getTopicHistory(s.stranger, s.programme.id, radicalisation.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTopicHistory(s.stranger, s.other.id, radicalisation.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

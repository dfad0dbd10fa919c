import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAction, createAgendaItem, createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { getTopicHistory } from "@/lib/topics/get-topic-history";
import { listTopics } from "@/lib/topics/list-topics";
import { viewerOf } from "@/tests/support/viewers";

// Every count, badge and total counts only what the viewer may see: the number shown next
// to a topic equals the rows the same viewer gets on the topic's own page.
describe("counts show only what the viewer may see", () => {
  it("topic counts leave out professionals-only agenda items for allies, and match the topic page for everyone", async () => {
    const programme = await createProgramme(db);
    const ally = await viewerOf((await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" })).person.id);
    const police = await viewerOf((await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" })).person.id);
    const coordinator = await viewerOf((await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" })).person.id);
    const topics = await db.topic.findMany({ where: { programmeId: programme.id } });
    const radicalisation = topics.find((t) => t.key === "RADICALISATION")!;
    const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2026-03-01T18:00:00Z") });
    for (let i = 0; i < 3; i++) await createAgendaItem(db, { dinnerId: dinner.id, topicId: radicalisation.id, title: `Hidden ${i}`, visibility: "PROFESSIONALS", position: i + 1 });
    await createAgendaItem(db, { dinnerId: dinner.id, topicId: radicalisation.id, title: "Shared", position: 10 });
    await createAction(db, { programmeId: programme.id, dinnerId: dinner.id, topicId: radicalisation.id, title: "Joint", leadParty: "JOINT", ownerIds: [] });

    const expected = { ally: 1, police: 4, coordinator: 4 };
    for (const [name, viewer] of Object.entries({ ally, police, coordinator })) {
      const listed = (await listTopics(viewer, programme.id)).topics;
      for (const topic of listed) {
        const history = await getTopicHistory(viewer, programme.id, topic.id);
        expect(topic.agendaItemCount, `${name}: agenda items of ${topic.key ?? topic.name}`).toBe(history.agendaItems.length);
        expect(topic.actionCount, `${name}: actions of ${topic.key ?? topic.name}`).toBe(history.actions.length);
      }
      expect(listed.find((t) => t.id === radicalisation.id)!.agendaItemCount, name).toBe(expected[name as keyof typeof expected]);
    }
  });

  it("the overview's action total equals the open actions the member can list", async () => {
    const programme = await createProgramme(db);
    const ally = await viewerOf((await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY" })).person.id);
    await createAction(db, { programmeId: programme.id, title: "Open one", leadParty: "JOINT", ownerIds: [] });
    await createAction(db, { programmeId: programme.id, title: "Done one", leadParty: "JOINT", ownerIds: [], status: "DONE" });
    const overview = await getProgrammeOverview(ally, programme.id);
    expect(overview.actions.open).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { answerPoll } from "./answer-poll";
import { createPoll } from "./create-poll";
import { getNewPollForm } from "./get-new-poll-form";
import { getPoll } from "./get-poll";
import { listOpenPolls } from "./list-open-polls";
import { pickPollOption } from "./pick-poll-option";

const now = new Date("2026-11-21T12:00:00Z");
const venue = { venueKind: "TOWN_HALL" as const, venueName: "Stadhuis", venueAddress: "Spui 70", hostParty: "MUNICIPALITY" as const, capacity: 16, guestNotes: null };

async function setup() {
  const programme = await createProgramme(db, { timeZone: "Europe/Amsterdam" });
  const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const liaison = await createMember(db, { programmeId: programme.id, role: "POLICE_LIAISON", party: "POLICE" });
  const ally = await createMember(db, { programmeId: programme.id, person: { locale: "nl" } });
  const gone = await createMember(db, { programmeId: programme.id });
  await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: now } });
  const other = await createProgramme(db);
  const outsider = await createMember(db, { programmeId: other.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const viewers = {
    coordinator: await viewerOf(coordinator.person.id),
    liaison: await viewerOf(liaison.person.id),
    ally: await viewerOf(ally.person.id),
    outsider: await viewerOf(outsider.person.id),
  };
  return { programme, coordinator, liaison, ally, outsider, viewers };
}

describe("date polls", () => {
  it("a coordinator proposes dates in the programme's zone; only planners may", async () => {
    const { programme, viewers } = await setup();
    const poll = await createPoll(viewers.coordinator, programme.id, { title: "Spring", options: ["2027-03-12T18:30", "", "2027-03-05T18:30", ""] }, now);
    const stored = await db.datePollOption.findMany({ where: { pollId: poll.id }, orderBy: { startsAt: "asc" } });
    expect(stored.map((o) => o.startsAt.toISOString())).toEqual(["2027-03-05T17:30:00.000Z", "2027-03-12T17:30:00.000Z"]);
    expect(stored[0]!.endsAt.toISOString()).toBe("2027-03-05T20:00:00.000Z");

    await expect(createPoll(viewers.coordinator, programme.id, { title: "x", options: ["2027-03-12T18:30"] }, now)).rejects.toBeInstanceOf(FieldError);
    await expect(createPoll(viewers.coordinator, programme.id, { title: "x", options: ["2026-01-01T18:30", "2027-03-12T18:30"] }, now)).rejects.toBeInstanceOf(FieldError);
    for (const viewer of [viewers.ally, viewers.liaison, viewers.outsider]) {
      await expect(createPoll(viewer, programme.id, { title: "x", options: ["2027-03-12T18:30", "2027-03-19T18:30"] }, now)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getNewPollForm(viewer, programme.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getNewPollForm(null, programme.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect((await getNewPollForm(viewers.coordinator, programme.id)).timeZone).toBe("Europe/Amsterdam");
  });

  it("members answer per option and see totals; the coordinator sees the grid", async () => {
    const { programme, ally, liaison, viewers } = await setup();
    const poll = await createPoll(viewers.coordinator, programme.id, { title: "Spring", options: ["2027-03-05T18:30", "2027-03-12T18:30"] }, now);
    const [a, b] = (await db.datePollOption.findMany({ where: { pollId: poll.id }, orderBy: { startsAt: "asc" }, select: { id: true } })) as [{ id: string }, { id: string }];

    await answerPoll(viewers.ally, programme.id, poll.id, [{ optionId: a.id, answer: "NO" }, { optionId: b.id, answer: "YES" }]);
    await answerPoll(viewers.ally, programme.id, poll.id, [{ optionId: a.id, answer: "IF_NEED_BE" }]); // changes one answer
    await answerPoll(viewers.liaison, programme.id, poll.id, [{ optionId: b.id, answer: "YES" }, { optionId: "not-an-option", answer: "YES" }]);

    const asAlly = await getPoll(viewers.ally, programme.id, poll.id);
    expect(asAlly.canPlan).toBe(false);
    expect(asAlly.grid).toEqual([]);
    expect(asAlly.options.map((o) => o.myAnswer)).toEqual(["IF_NEED_BE", "YES"]);
    expect(asAlly.options.map((o) => o.totals)).toEqual([{ YES: 0, IF_NEED_BE: 1, NO: 0 }, { YES: 2, IF_NEED_BE: 0, NO: 0 }]);

    const asCoordinator = await getPoll(viewers.coordinator, programme.id, poll.id);
    expect(asCoordinator.grid).toHaveLength(3); // active members only
    expect(asCoordinator.grid.find((r) => r.membershipId === ally.membership.id)!.answers).toEqual(["IF_NEED_BE", "YES"]);
    expect(asCoordinator.grid.find((r) => r.membershipId === liaison.membership.id)!.answers).toEqual([null, "YES"]);

    const list = await listOpenPolls(viewers.ally, programme.id);
    expect(list.polls).toEqual([expect.objectContaining({ id: poll.id, optionCount: 2, answered: true })]);
    expect((await listOpenPolls(viewers.coordinator, programme.id)).polls[0]!.answered).toBe(false);
    expect((await listOpenPolls(viewers.coordinator, programme.id)).canPlan).toBe(true);
  });

  it("is invisible to another programme's members", async () => {
    const { programme, viewers } = await setup();
    const poll = await createPoll(viewers.coordinator, programme.id, { title: "Spring", options: ["2027-03-05T18:30", "2027-03-12T18:30"] }, now);
    const option = await db.datePollOption.findFirstOrThrow({ where: { pollId: poll.id } });
    await expect(listOpenPolls(viewers.outsider, programme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPoll(viewers.outsider, programme.id, poll.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerPoll(viewers.outsider, programme.id, poll.id, [{ optionId: option.id, answer: "YES" }])).rejects.toBeInstanceOf(NotFoundError);
    await expect(pickPollOption(viewers.outsider, programme.id, poll.id, { optionId: option.id, ...venue })).rejects.toBeInstanceOf(NotFoundError);
    // Their own programme id does not unlock this poll either.
    const otherProgrammeId = viewers.outsider.memberships[0]!.programmeId;
    await expect(getPoll(viewers.outsider, otherProgrammeId, poll.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(pickPollOption(viewers.outsider, otherProgrammeId, poll.id, { optionId: option.id, ...venue })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOpenPolls(null, programme.id)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("picking a date creates the dinner, closes the poll and tells every member, once", async () => {
    const { programme, ally, viewers } = await setup();
    const poll = await createPoll(viewers.coordinator, programme.id, { title: "Spring", options: ["2027-03-05T18:30", "2027-03-12T18:30"] }, now);
    const [a, b] = (await db.datePollOption.findMany({ where: { pollId: poll.id }, orderBy: { startsAt: "asc" }, select: { id: true } })) as [{ id: string }, { id: string }];
    await expect(pickPollOption(viewers.ally, programme.id, poll.id, { optionId: b.id, ...venue })).rejects.toBeInstanceOf(NotFoundError);

    const dinner = await pickPollOption(viewers.coordinator, programme.id, poll.id, { optionId: b.id, ...venue });
    const stored = await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } });
    expect(stored).toMatchObject({ programmeId: programme.id, status: "PLANNED", venueName: "Stadhuis", venueKind: "TOWN_HALL", hostParty: "MUNICIPALITY", capacity: 16 });
    expect(stored.startsAt.toISOString()).toBe("2027-03-12T17:30:00.000Z");
    const closed = await db.datePoll.findUniqueOrThrow({ where: { id: poll.id } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.dinnerId).toBe(dinner.id);

    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `poll-picked:${poll.id}:` } } });
    expect(emails).toHaveLength(3);
    const dutch = emails.find((e) => e.to === ally.person.email)!;
    expect(dutch.subject).toBe("Nieuw Allies-diner: vrijdag 12 maart 2027");
    expect(dutch.text).toContain(`/programmes/${programme.id}/dinners/${dinner.id}`);

    // Closed: a second pick is refused and changes nothing; answers are refused too.
    await expect(pickPollOption(viewers.coordinator, programme.id, poll.id, { optionId: a.id, ...venue })).rejects.toBeInstanceOf(ConflictError);
    await expect(answerPoll(viewers.ally, programme.id, poll.id, [{ optionId: a.id, answer: "YES" }])).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.dinner.count({ where: { programmeId: programme.id } })).toBe(1);
    expect((await listOpenPolls(viewers.ally, programme.id)).polls).toEqual([]);
  });
});

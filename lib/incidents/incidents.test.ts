import { describe, expect, it } from "vitest";
import { getAgenda } from "@/lib/agenda/get-agenda";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme, createRsvp } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { reportSignal } from "@/lib/signals/report-signal";
import { erasePerson } from "@/lib/account/erase-person";
import { exportPersonalData } from "@/lib/account/export-personal-data";
import { viewerOf } from "@/tests/support/viewers";
import { acceptSharingAgreement } from "./accept-sharing-agreement";
import { addIncidentUpdate } from "./add-incident-update";
import { answerMeeting } from "./answer-meeting";
import { approveJointMessage } from "./approve-joint-message";
import { checkIn } from "./check-in";
import { closeIncident } from "./close-incident";
import { confirmIncident } from "./confirm-incident";
import { conveneMeeting } from "./convene-meeting";
import { draftJointMessage } from "./draft-joint-message";
import { getIncident } from "./get-incident";
import { getMeetingCalendar } from "./get-meeting-calendar";
import { getProtocol } from "./get-protocol";
import { pickMeetingTime } from "./pick-meeting-time";
import { proposeIncident } from "./propose-incident";
import { saveProtocol } from "./save-protocol";
import { saveSharingAgreement } from "./save-sharing-agreement";
import { voteMeeting } from "./vote-meeting";

async function setup() {
  const programme = await createProgramme(db, { name: "Allies Test" });
  const m = {
    coordinator: await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR", person: { name: "Carla de Vries", locale: "nl" } }),
    police: await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON", person: { name: "Peter Jansen", phone: "+31 6 1111 2222" }, consentToSharePhone: true }),
    ally: await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY", person: { name: "Amina Bakr", phone: "+31 6 3333 4444" } }),
    ally2: await createMember(db, { programmeId: programme.id, party: "COMMUNITY", role: "ALLY", person: { name: "Bram Visser" } }),
  };
  const other = await createProgramme(db);
  const stranger = await createMember(db, { programmeId: other.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const v = {
    coordinator: await viewerOf(m.coordinator.person.id),
    police: await viewerOf(m.police.person.id),
    ally: await viewerOf(m.ally.person.id),
    ally2: await viewerOf(m.ally2.person.id),
    stranger: await viewerOf(stranger.person.id),
  };
  return { programme, m, v };
}

const protocolFor = (m: Awaited<ReturnType<typeof setup>>["m"]) => [
  { party: "POLICE" as const, firstContactId: m.police.membership.id, backupId: null, firstHour: "Call the coordinator.", firstDay: "Visit the street." },
  { party: "MUNICIPALITY" as const, firstContactId: m.coordinator.membership.id, backupId: null, firstHour: "Inform the mayor.", firstDay: "Convene." },
  { party: "COMMUNITY" as const, firstContactId: m.ally.membership.id, backupId: m.ally2.membership.id, firstHour: "Listen in the street.", firstDay: "Talk to parents." },
];

describe("first-step protocol and sharing agreement", () => {
  it("is versioned by the coordinator, shown to every member with consented phones only, and accepted by each party's lead", async () => {
    const { programme, m, v } = await setup();
    await expect(saveProtocol(v.police, programme.id, 0, protocolFor(m))).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveProtocol(v.coordinator, programme.id, 0, [{ ...protocolFor(m)[0]!, firstContactId: m.ally.membership.id }])).rejects.toMatchObject({ field: "POLICE_firstContactId" });
    await saveProtocol(v.coordinator, programme.id, 0, protocolFor(m));
    await expect(saveProtocol(v.coordinator, programme.id, 0, protocolFor(m))).rejects.toMatchObject({ messageKey: "protocolChanged" });
    await saveProtocol(v.coordinator, programme.id, 1, protocolFor(m));

    const seen = await getProtocol(v.ally2, programme.id);
    expect(seen.protocol?.version).toBe(2);
    expect(seen.parties.find((p) => p.party === "POLICE")?.firstContact).toMatchObject({ name: "Peter Jansen", phone: "+31 6 1111 2222" });
    // Amina did not consent to share her phone.
    expect(seen.parties.find((p) => p.party === "COMMUNITY")?.firstContact).toMatchObject({ name: "Amina Bakr", phone: null });
    await expect(getProtocol(v.stranger, programme.id)).rejects.toBeInstanceOf(NotFoundError);

    await saveSharingAgreement(v.coordinator, programme.id, 0, "Trends may be shared; never about individuals.");
    const agreement = (await getProtocol(v.ally, programme.id)).agreement!;
    expect((await getProtocol(v.ally, programme.id)).canAccept).toBe(true);
    expect((await getProtocol(v.ally2, programme.id)).canAccept).toBe(false);
    await expect(acceptSharingAgreement(v.ally2, programme.id, agreement.id)).rejects.toMatchObject({ messageKey: "notPartyLead" });
    await acceptSharingAgreement(v.ally, programme.id, agreement.id);
    await acceptSharingAgreement(v.police, programme.id, agreement.id);
    expect((await getProtocol(v.ally, programme.id)).agreement?.acceptances.map((a) => [a.party, a.acceptedBy]).sort()).toEqual([["COMMUNITY", "Amina Bakr"], ["POLICE", "Peter Jansen"]]);
    // A new version asks for acceptance again.
    await saveSharingAgreement(v.coordinator, programme.id, 1, "Version two.");
    const two = (await getProtocol(v.ally, programme.id)).agreement!;
    expect(two).toMatchObject({ version: 2, acceptances: [] });
    await expect(acceptSharingAgreement(v.ally, programme.id, agreement.id)).rejects.toMatchObject({ messageKey: "agreementChanged" });
  });
});

describe("incident mode", () => {
  it("a police liaison opens an incident: every member gets an e-mail in their language and every device a push message", async () => {
    const { programme, m, v } = await setup();
    await saveProtocol(v.coordinator, programme.id, 0, protocolFor(m));
    const sub = await db.pushSubscription.create({ data: { personId: m.ally.person.id, endpoint: "https://push.example.test/abc", p256dh: "x", auth: "y" } });
    await expect(proposeIncident(v.police, programme.id, { whatHappened: "Call 06-12345678 about it", topicId: null, area: "", level: 4 })).rejects.toMatchObject({ field: "whatHappened", messageKey: "identifyingPhone" });
    await expect(proposeIncident(v.police, programme.id, { whatHappened: "Bram Visser was seen", topicId: null, area: "", level: 4 })).rejects.toMatchObject({ messageKey: "identifyingMemberName" });
    const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Fireworks thrown at the community centre after a video went round.", topicId: null, area: "Hoefkade", level: 4 });
    expect(incident.status).toBe("OPEN");
    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `incident-opened:${incident.id}` } } });
    expect(emails.map((e) => e.to).sort()).toEqual([m.coordinator.person.email, m.police.person.email, m.ally.person.email, m.ally2.person.email].sort());
    const dutch = emails.find((e) => e.to === m.coordinator.person.email)!;
    expect(dutch.subject).toContain("incident geopend");
    expect(dutch.text).toContain("Peter Jansen");
    expect(dutch.text).toContain("https://wa.me/?text=");
    const pushes = await db.pushMessage.findMany({ where: { subscriptionId: sub.id } });
    expect(pushes).toHaveLength(1);
    expect(JSON.parse(pushes[0]!.payload)).toMatchObject({ url: expect.stringContaining(`/incidents/${incident.id}`) });
  });

  it("a member proposes, a coordinator confirms; check-ins make the grid by party", async () => {
    const { programme, m, v } = await setup();
    const incident = await proposeIncident(v.ally, programme.id, { whatHappened: "Rumours of a fight after school.", topicId: null, area: "", level: 2 });
    expect(incident.status).toBe("PROPOSED");
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-proposed:${incident.id}` } } })).toBe(2);
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-opened:${incident.id}` } } })).toBe(0);
    await expect(checkIn(v.ally, programme.id, incident.id, "CAN_HELP")).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmIncident(v.ally, programme.id, incident.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await confirmIncident(v.coordinator, programme.id, incident.id, 1);
    await expect(confirmIncident(v.police, programme.id, incident.id, 1)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-opened:${incident.id}` } } })).toBe(4);

    await checkIn(v.ally, programme.id, incident.id, "HEARING_THINGS");
    await checkIn(v.ally, programme.id, incident.id, "CAN_HELP");
    await checkIn(v.police, programme.id, incident.id, "NOT_AVAILABLE");
    const page = await getIncident(v.coordinator, programme.id, incident.id);
    expect(page.notAnswered).toBe(2);
    expect(page.grid?.find((g) => g.party === "COMMUNITY")?.members).toEqual([
      { id: m.ally.membership.id, name: "Amina Bakr", answer: "CAN_HELP" },
      { id: m.ally2.membership.id, name: "Bram Visser", answer: null },
    ]);
    const allyView = await getIncident(v.ally, programme.id, incident.id);
    expect(allyView.grid).toBeNull();
    expect(allyView.myCheckIn).toBe("CAN_HELP");
    await expect(getIncident(v.stranger, programme.id, incident.id)).rejects.toBeInstanceOf(NotFoundError);
    // Another programme's incident through this programme's address: not found either.
    const elsewhere = await createProgramme(db);
    const foreign = await db.incident.create({ data: { programmeId: elsewhere.id, whatHappened: "Elsewhere", level: 2 } });
    await expect(getIncident(v.coordinator, programme.id, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    const stored = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(page.incident).toMatchObject({ id: incident.id, status: "OPEN", level: 2, createdAt: stored.createdAt, openedAt: stored.openedAt, closedAt: null });
  });

  it("one voice: the joint message is final only when police, municipality and community approved the latest draft; drafts are kept", async () => {
    const { programme, v } = await setup();
    const incident = await proposeIncident(v.coordinator, programme.id, { whatHappened: "Tension after a police stop.", topicId: null, area: "", level: 3 });
    await expect(draftJointMessage(v.ally, programme.id, incident.id, 0, "x")).rejects.toBeInstanceOf(NotFoundError);
    const first = await draftJointMessage(v.coordinator, programme.id, incident.id, 0, "We are in touch with everyone involved.");
    await approveJointMessage(v.police, programme.id, incident.id, first.id);
    const second = await draftJointMessage(v.police, programme.id, incident.id, 1, "Police, municipality and community are talking together.");
    await expect(approveJointMessage(v.ally, programme.id, incident.id, first.id)).rejects.toMatchObject({ messageKey: "newerDraft" });
    expect(await approveJointMessage(v.police, programme.id, incident.id, second.id)).toEqual({ final: false });
    expect(await approveJointMessage(v.coordinator, programme.id, incident.id, second.id)).toEqual({ final: false });
    expect(await approveJointMessage(v.ally2, programme.id, incident.id, second.id)).toEqual({ final: true });
    const page = await getIncident(v.ally, programme.id, incident.id);
    expect(page.messages.map((msg) => [msg.draft, msg.approvals.length, Boolean(msg.finalAt)])).toEqual([[2, 3, true], [1, 1, false]]);
  });

  it("an extra meeting by a short poll: answered, picked, .ics; never a dinner", async () => {
    const { programme, v } = await setup();
    const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Unrest on the square.", topicId: null, area: "", level: 3 });
    const now = new Date();
    const local = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Amsterdam" }).slice(0, 16).replace(" ", "T");
    await expect(conveneMeeting(v.police, programme.id, incident.id, { place: "Town hall", startsAt: null, options: [local(5)], durationMinutes: 60, pollHours: 3 })).rejects.toMatchObject({ field: "options" });
    const meeting = await conveneMeeting(v.police, programme.id, incident.id, { place: "Town hall", startsAt: null, options: [local(5), local(6)], durationMinutes: 60, pollHours: 3 });
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-meeting:${meeting.id}:convened` } } })).toBe(4);
    const options = await db.incidentMeetingOption.findMany({ where: { meetingId: meeting.id }, orderBy: { startsAt: "asc" } });
    await voteMeeting(v.ally, programme.id, incident.id, meeting.id, options[1]!.id, "YES");
    await expect(voteMeeting(v.ally, programme.id, incident.id, meeting.id, options[1]!.id, "YES", new Date(now.getTime() + 4 * 3_600_000))).rejects.toMatchObject({ messageKey: "pollClosed" });
    await expect(answerMeeting(v.ally, programme.id, incident.id, meeting.id, "YES")).rejects.toBeInstanceOf(NotFoundError);
    await pickMeetingTime(v.coordinator, programme.id, incident.id, meeting.id, options[1]!.id);
    await answerMeeting(v.ally, programme.id, incident.id, meeting.id, "YES");
    const page = await getIncident(v.ally, programme.id, incident.id);
    expect(page.meetings[0]).toMatchObject({ myAnswer: "YES", counts: { YES: 1, MAYBE: 0, NO: 0 } });
    expect(page.meetings[0]!.startsAt?.getTime()).toBe(options[1]!.startsAt.getTime());
    const { ics } = await getMeetingCalendar(v.ally2, programme.id, incident.id, meeting.id);
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`incident-meeting-${meeting.id}@allies`);
    expect(await db.dinner.count({ where: { programmeId: programme.id } })).toBe(0);
  });

  // One statement (decision 029): the protocol, drafts and meetings come as JSON; times must come back as Dates, in the ORM's orders.
  it("the page reads the protocol that holds, drafts newest first with their approvals, and meetings with their options, votes and answers", async () => {
    const { programme, m, v } = await setup();
    const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Unrest on the square.", topicId: null, area: "", level: 3 });
    const before = await getIncident(v.ally, programme.id, incident.id);
    expect(before.steps.map((s) => [s.party, s.firstContact, s.firstHour])).toEqual([["POLICE", null, ""], ["MUNICIPALITY", null, ""], ["COMMUNITY", null, ""]]);
    expect([before.messages, before.meetings]).toEqual([[], []]);

    await saveProtocol(v.coordinator, programme.id, 0, protocolFor(m));
    await saveProtocol(v.coordinator, programme.id, 1, protocolFor(m).map((p) => (p.party === "POLICE" ? { ...p, firstHour: "Version two." } : p)));
    const first = await draftJointMessage(v.coordinator, programme.id, incident.id, 0, "First draft.");
    await approveJointMessage(v.police, programme.id, incident.id, first.id);
    const second = await draftJointMessage(v.coordinator, programme.id, incident.id, 1, "Second draft.");
    await approveJointMessage(v.police, programme.id, incident.id, second.id);
    await approveJointMessage(v.coordinator, programme.id, incident.id, second.id);
    const now = new Date();
    const local = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Amsterdam" }).slice(0, 16).replace(" ", "T");
    // The later time proposed first: options come by their time, not as created.
    const poll = await conveneMeeting(v.police, programme.id, incident.id, { place: "Town hall", startsAt: null, options: [local(6), local(5)], durationMinutes: 60, pollHours: 3 });
    const [early, late] = await db.incidentMeetingOption.findMany({ where: { meetingId: poll.id }, orderBy: { startsAt: "asc" } });
    await voteMeeting(v.ally, programme.id, incident.id, poll.id, early!.id, "YES");
    await voteMeeting(v.ally2, programme.id, incident.id, poll.id, early!.id, "IF_NEED_BE");
    await voteMeeting(v.police, programme.id, incident.id, poll.id, late!.id, "YES");
    await pickMeetingTime(v.coordinator, programme.id, incident.id, poll.id, early!.id);
    await answerMeeting(v.ally, programme.id, incident.id, poll.id, "YES");
    await answerMeeting(v.police, programme.id, incident.id, poll.id, "MAYBE");
    const set = await conveneMeeting(v.police, programme.id, incident.id, { place: "Station", startsAt: local(30), options: [], durationMinutes: 90, pollHours: 3 });

    const page = await getIncident(v.ally, programme.id, incident.id);
    expect(page.steps.find((s) => s.party === "POLICE")).toEqual({ party: "POLICE", firstContact: { name: "Peter Jansen", phone: "+31 6 1111 2222" }, backup: null, firstHour: "Version two.", firstDay: "Visit the street." });
    expect(page.steps.find((s) => s.party === "COMMUNITY")).toMatchObject({ firstContact: { name: "Amina Bakr", phone: null }, backup: { name: "Bram Visser", phone: null } });

    const stored = await db.jointMessage.findMany({ where: { incidentId: incident.id }, orderBy: { draft: "desc" }, include: { approvals: { orderBy: { approvedAt: "asc" } } } });
    expect(page.messages).toEqual(
      stored.map((msg) => ({
        id: msg.id, draft: msg.draft, text: msg.text, authorName: msg.authorName, createdAt: msg.createdAt, finalAt: null,
        approvals: msg.approvals.map((a) => ({ party: a.party, approvedBy: a.approvedBy, approvedAt: a.approvedAt })),
      })),
    );
    expect(page.messages.map((msg) => [msg.draft, msg.approvals.map((a) => a.party)])).toEqual([[2, ["POLICE", "MUNICIPALITY"]], [1, ["POLICE"]]]);
    expect(page.messages[0]!.createdAt).toBeInstanceOf(Date);
    expect(page.messages[0]!.approvals[0]!.approvedAt).toBeInstanceOf(Date);

    const meetings = await db.incidentMeeting.findMany({ where: { incidentId: incident.id }, orderBy: { createdAt: "asc" } });
    expect(page.meetings.map((meeting) => meeting.id)).toEqual([poll.id, set.id]);
    const [picked, fixed] = page.meetings;
    expect(picked).toMatchObject({ place: "Town hall", startsAt: early!.startsAt, endsAt: early!.endsAt, pollClosesAt: meetings[0]!.pollClosesAt, cancelledAt: null });
    expect(picked!.startsAt).toBeInstanceOf(Date);
    expect(picked!.pollClosesAt).toBeInstanceOf(Date);
    expect(picked!.options).toEqual([
      { id: early!.id, startsAt: early!.startsAt, endsAt: early!.endsAt, myVote: "YES", yes: 1, ifNeedBe: 1 },
      { id: late!.id, startsAt: late!.startsAt, endsAt: late!.endsAt, myVote: null, yes: 1, ifNeedBe: 0 },
    ]);
    expect(picked!.options[0]!.startsAt).toBeInstanceOf(Date);
    expect(picked).toMatchObject({ myAnswer: "YES", counts: { YES: 1, MAYBE: 1, NO: 0 } });
    expect(picked!.answers).toHaveLength(2);
    expect(fixed).toMatchObject({ place: "Station", startsAt: meetings[1]!.startsAt, endsAt: meetings[1]!.endsAt, pollClosesAt: null, cancelledAt: null, options: [], answers: [], myAnswer: null, counts: { YES: 0, MAYBE: 0, NO: 0 } });
    expect(fixed!.endsAt!.getTime() - fixed!.startsAt!.getTime()).toBe(90 * 60_000);

    const other = await getIncident(v.ally2, programme.id, incident.id);
    expect(other.meetings[0]!.options.map((o) => o.myVote)).toEqual(["IF_NEED_BE", null]);
    expect(other.meetings[0]!.myAnswer).toBeNull();
  });

  it("the log keeps updates and level changes; closing asks for a review that lands on the next dinner's agenda", async () => {
    const { programme, v } = await setup();
    const held = await createDinner(db, { programmeId: programme.id, startsAt: new Date(Date.now() - 30 * 86_400_000), status: "HELD" });
    const next = await createDinner(db, { programmeId: programme.id, startsAt: new Date(Date.now() + 30 * 86_400_000) });
    const later = await createDinner(db, { programmeId: programme.id, startsAt: new Date(Date.now() + 90 * 86_400_000) });
    const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Graffiti with threats near the mosque.", topicId: null, area: "", level: 3 });
    await addIncidentUpdate(v.ally, programme.id, incident.id, { text: "Neighbours are worried.", level: 3 });
    await expect(addIncidentUpdate(v.ally, programme.id, incident.id, { text: "", level: 5 })).rejects.toBeInstanceOf(FieldError);
    await addIncidentUpdate(v.police, programme.id, incident.id, { text: "", level: 5, levelSeen: 3 });
    const log = (await getIncident(v.ally, programme.id, incident.id)).updates;
    expect(log.map((u) => [u.authorName, u.text, u.fromLevel, u.toLevel])).toEqual([
      ["Peter Jansen", "", null, 3],
      ["Amina Bakr", "Neighbours are worried.", null, null],
      ["Peter Jansen", "", 3, 5],
    ]);
    await expect(closeIncident(v.ally, programme.id, incident.id, 2, "x")).rejects.toBeInstanceOf(NotFoundError);
    await expect(closeIncident(v.coordinator, programme.id, incident.id, 1, "Stale")).rejects.toBeInstanceOf(ConflictError);
    await closeIncident(v.coordinator, programme.id, incident.id, 2, "Calling each other within the hour worked.");
    const now = new Date();
    const reviews = (await getAgenda(v.ally, programme.id, next.id, now)).incidentReviews;
    expect(reviews).toMatchObject([{ id: incident.id, review: "Calling each other within the hour worked." }]);
    expect(reviews).toEqual([await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { id: true, whatHappened: true, review: true, closedAt: true, openedAt: true } })]);
    expect((await getAgenda(v.ally, programme.id, later.id, now)).incidentReviews).toEqual([]);
    expect((await getAgenda(v.ally, programme.id, held.id, now)).incidentReviews).toEqual([]);
    await expect(getAgenda(v.stranger, programme.id, next.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

// The contact health comes with the programme overview (one statement, decision 029).
describe("contact health", () => {
  it("days since the last dinner, share per party that took part in eight weeks, and the quiet members for the coordinator only", async () => {
    const { programme, m, v } = await setup();
    const longAgo = new Date(Date.now() - 200 * 86_400_000);
    await db.membership.updateMany({ where: { programmeId: programme.id }, data: { joinedAt: longAgo } });
    const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date(Date.now() - 10 * 86_400_000), status: "HELD" });
    await createRsvp(db, { dinnerId: dinner.id, membershipId: m.ally.membership.id, response: "YES", attended: true });
    const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Noise complaints rising.", topicId: null, area: "", level: 2 });
    await checkIn(v.police, programme.id, incident.id, "CAN_HELP");

    const health = (await getProgrammeOverview(v.coordinator, programme.id)).contactHealth;
    expect(health.daysSinceLastDinner).toBe(10);
    expect(health.parties).toEqual([
      { party: "POLICE", members: 1, tookPart: 1, share: 100 },
      { party: "MUNICIPALITY", members: 1, tookPart: 0, share: 0 },
      { party: "COMMUNITY", members: 2, tookPart: 1, share: 50 },
    ]);
    expect(health.quiet?.map((q) => q.name)).toEqual(["Bram Visser", "Carla de Vries"]);
    // Reporting a signal is taking part too.
    await reportSignal(v.coordinator, programme.id, { topicId: null, areaId: null, text: "Quiet week at the square", source: "SEEN", level: 1, visibility: "ALL_MEMBERS" });
    const after = (await getProgrammeOverview(v.coordinator, programme.id)).contactHealth;
    expect(after.parties.find((p) => p.party === "MUNICIPALITY")).toEqual({ party: "MUNICIPALITY", members: 1, tookPart: 1, share: 100 });
    expect(after.quiet?.map((q) => q.name)).toEqual(["Bram Visser"]);
    expect((await getProgrammeOverview(v.ally, programme.id)).contactHealth.quiet).toBeNull();
    await expect(getProgrammeOverview(v.stranger, programme.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a member's last contact is the later of their last answer and the last dinner they attended", async () => {
    const { programme, m, v } = await setup();
    const today = Date.now();
    const daysAgo = (days: number) => new Date(today - days * 86_400_000);
    await db.membership.updateMany({ where: { programmeId: programme.id }, data: { joinedAt: daysAgo(400) } });
    const early = await createDinner(db, { programmeId: programme.id, startsAt: daysAgo(300), status: "HELD" });
    const attended = await createDinner(db, { programmeId: programme.id, startsAt: daysAgo(150), status: "HELD" });
    const missed = await createDinner(db, { programmeId: programme.id, startsAt: daysAgo(120), status: "HELD" });
    // Bram answered long before the dinner he attended; Carla answered later, and did not come.
    await db.rsvp.create({ data: { dinnerId: early.id, membershipId: m.ally2.membership.id, response: "YES", attended: true, respondedAt: daysAgo(310) } });
    await db.rsvp.create({ data: { dinnerId: attended.id, membershipId: m.ally2.membership.id, response: "YES", attended: true, respondedAt: daysAgo(200) } });
    await db.rsvp.create({ data: { dinnerId: missed.id, membershipId: m.coordinator.membership.id, response: "YES", attended: false, respondedAt: daysAgo(130) } });
    const quiet = (await getProgrammeOverview(v.coordinator, programme.id)).contactHealth.quiet ?? [];
    expect(quiet.find((q) => q.name === "Bram Visser")?.lastAt).toEqual(attended.startsAt);
    expect(quiet.find((q) => q.name === "Carla de Vries")?.lastAt).toEqual(daysAgo(130));
  });
});

describe("what a member wrote in an incident, in their export and gone with their erasure", () => {
  it("finds the incidents they opened and the drafts they wrote by their membership, also after a change of name", async () => {
    const { programme, v } = await setup();
    const incident = await proposeIncident(v.police, programme.id, { whatHappened: "Fireworks at the community centre.", topicId: null, area: "", level: 3 });
    const draft = await draftJointMessage(v.police, programme.id, incident.id, 0, "We are in touch with everyone involved.");
    await db.person.update({ where: { id: v.police!.personId }, data: { name: "Peter J." } });
    const police = await viewerOf(v.police!.personId);

    const exported = await exportPersonalData(police);
    expect(exported.incidentRoles.incidents).toMatchObject([{ incidentId: incident.id, whatHappened: "Fireworks at the community centre.", proposed: true, opened: true }]);
    expect(exported.incidentRoles.draftsWritten).toMatchObject([{ messageId: draft.id, draft: 1, text: "We are in touch with everyone involved." }]);

    await erasePerson(police);
    const stored = await db.jointMessage.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored).toMatchObject({ authorId: null, text: "We are in touch with everyone involved." });
    expect(stored.authorName).not.toContain("Peter");
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ proposedById: null, openedById: null });
  });
});

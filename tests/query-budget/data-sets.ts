import { hashSecretToken } from "@/lib/security/secret-token";
import { addDays } from "date-fns";
import { db } from "@/lib/db";
import { bulkFillProgramme, bulkFillSignals } from "@/lib/demo/bulk-fill";
import { createAgendaItem, createDinner, createMember, createPerson, createProgramme, createRsvp } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";

// The data sets the query budget measures each page data function on, each in a small and
// a large size. Built with the factories of lib/demo (createMany where sizes are large),
// so a function that queries inside a loop sends more statements on the large one.

// Actions and everything around them: dinners every 30 days, actions with owners and
// updates, answers. Sized by the number of actions (10 and 1,000).
export async function programmeWithActions(actions: number, now: Date) {
  const actionsPerDinner = actions >= 100 ? 20 : 5;
  const programme = await createProgramme(db, { name: `Size ${actions}` });
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const others = await Promise.all(
    (["POLICE", "COMMUNITY", "COMMUNITY", "MUNICIPALITY"] as const).map((party) => createMember(db, { programmeId: programme.id, party, role: party === "POLICE" ? "POLICE_LIAISON" : "ALLY" })),
  );
  const topics = await db.topic.findMany({ where: { programmeId: programme.id }, select: { id: true } });
  const filled = await bulkFillProgramme(db, {
    programmeId: programme.id,
    membershipIds: [coordinator.membership.id, ...others.map((o) => o.membership.id)],
    topicIds: topics.map((t) => t.id),
    dinners: actions / actionsPerDinner + 1,
    actionsPerDinner,
    spacingDays: 30,
    rsvps: true,
    now,
  });
  if (filled.actions !== actions) throw new Error(`expected ${actions} actions, filled ${filled.actions}`);
  // The busiest action, topic and held dinner, so the detail pages see the most rows.
  const [action] = await db.action.findMany({ where: { programmeId: programme.id }, orderBy: { updates: { _count: "desc" } }, take: 1, select: { id: true } });
  const [topic] = await db.topic.findMany({ where: { programmeId: programme.id }, orderBy: { actions: { _count: "desc" } }, take: 1, select: { id: true } });
  const [dinner] = await db.dinner.findMany({ where: { programmeId: programme.id, status: "HELD" }, orderBy: { actions: { _count: "desc" } }, take: 1, select: { id: true } });
  return {
    now,
    programmeId: programme.id,
    viewer: await viewerOf(coordinator.person.id),
    ownerId: coordinator.membership.id,
    actionId: action!.id,
    topicId: topic!.id,
    heldDinnerId: dinner!.id,
  };
}

// Members, dinners half held and half planned, every member's answer to every dinner, an
// agenda on the next dinner and open date polls every member answered. Sized by the
// number of members = dinners = agenda items = polls = options of the busiest poll (3 and 30).
export async function programmeWithDinners(size: number, now: Date) {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const;
  const memberships = [coordinator.membership.id];
  for (let i = 1; i < size; i++) memberships.push((await createMember(db, { programmeId: programme.id, party: parties[i % 3] })).membership.id);
  const dinners = [];
  for (let i = 0; i < size; i++) dinners.push(await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, i - Math.floor(size / 2)), status: i < size / 2 ? "HELD" : "PLANNED" }));
  await db.rsvp.createMany({
    data: dinners.flatMap((d) => memberships.map((membershipId, i) => ({ dinnerId: d.id, membershipId, response: i % 2 ? ("YES" as const) : ("MAYBE" as const), attended: d.status === "HELD" ? (i % 2 === 1) : null }))),
  });
  const next = dinners.find((d) => d.status === "PLANNED")!;
  const held = dinners.find((d) => d.status === "HELD")!;
  const topics = await db.topic.findMany({ where: { programmeId: programme.id }, select: { id: true } });
  for (let i = 0; i < size; i++) await createAgendaItem(db, { dinnerId: next.id, topicId: topics[i % topics.length]!.id, title: `Item ${i}`, position: i, visibility: i % 4 === 0 ? "PROFESSIONALS" : "ALL_MEMBERS" });
  const polls = [];
  for (let p = 0; p < size; p++) {
    const options = p === 0 ? size : 2;
    polls.push(
      await db.datePoll.create({
        data: { programmeId: programme.id, title: `Poll ${p}`, options: { create: Array.from({ length: options }, (_, o) => ({ startsAt: addDays(now, 40 + o), endsAt: addDays(now, 40 + o) })) } },
        select: { id: true, options: { select: { id: true } } },
      }),
    );
  }
  await db.datePollVote.createMany({
    data: polls.flatMap((poll) => poll.options.flatMap((option, o) => memberships.map((membershipId, m) => ({ optionId: option.id, membershipId, answer: (["YES", "IF_NEED_BE", "NO"] as const)[(o + m) % 3]! })))),
  });
  // The start page reads its viewer from the session (lib/auth/viewer.ts getViewerWith).
  const sessionToken = `budget-${coordinator.person.id}`;
  await db.session.create({ data: { tokenHash: hashSecretToken(sessionToken), personId: coordinator.person.id, expires: addDays(now, 1) } });
  return { now, programmeId: programme.id, next: next.id, held: held.id, pollId: polls[0]!.id, sessionToken, viewer: await viewerOf(coordinator.person.id) };
}

// Members (half sharing their phone), as many pending invitations, and audit events for
// each: sized by the number of members (3 and 60). Also a site admin, for the admin pages.
export async function programmeWithMembers(members: number) {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  for (let i = 1; i < members; i++) await createMember(db, { programmeId: programme.id, consentToSharePhone: i % 2 === 0, person: { phone: `+31 6 ${i}` } });
  await db.invitation.createMany({
    data: Array.from({ length: members }, (_, i) => ({ programmeId: programme.id, email: `i${i}-${programme.id}@example.test`, name: `I ${i}`, party: "COMMUNITY" as const, role: "ALLY" as const, tokenHash: `${programme.id}-${i}`, expiresAt: new Date(Date.now() + 86_400_000) })),
  });
  const memberships = await db.membership.findMany({ where: { programmeId: programme.id }, select: { id: true, personId: true } });
  await db.auditEvent.createMany({
    data: memberships.flatMap((m) => [
      { programmeId: programme.id, actorId: coordinator.person.id, kind: "membership.role-changed", subjectId: m.id },
      { programmeId: null, actorId: m.personId, kind: "auth.sign-in" },
    ]),
  });
  const other = memberships.find((m) => m.id !== coordinator.membership.id)!;
  return {
    programmeId: programme.id,
    viewer: await viewerOf(coordinator.person.id),
    membershipId: other.id,
    admin: await viewerOf((await createPerson(db, { isAdmin: true })).id),
  };
}

// Signals and the pulse (issue 11): months of history with ten signals a month (all kept),
// month counts, parts of the neighbourhood, pulse rounds, and a planned dinner with
// signals since the last one. Sized by months (2 and 24).
export async function programmeWithSignals(months: number, now: Date) {
  const programme = await createProgramme(db, { name: `Signals ${months}` });
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const others = await Promise.all((["POLICE", "COMMUNITY", "COMMUNITY"] as const).map((party) => createMember(db, { programmeId: programme.id, party })));
  const members = [coordinator, ...others];
  const topics = await db.topic.findMany({ where: { programmeId: programme.id }, select: { id: true } });
  await bulkFillSignals(db, { programmeId: programme.id, membershipIds: members.map((m) => m.membership.id), parties: members.map((m) => m.membership.party), topicIds: topics.map((t) => t.id), months, signalsPerMonth: 10, keptMonths: months, now });
  await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, -20), status: "HELD" });
  const next = await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, 10) });
  for (let i = 0; i < months * 5; i++) await db.action.create({ data: { programmeId: programme.id, title: `Action ${i}`, leadParty: "JOINT" } });
  const [signal] = await db.signal.findMany({ where: { programmeId: programme.id }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } });
  return { now, programmeId: programme.id, next: next.id, signalId: signal!.id, viewer: await viewerOf(coordinator.person.id), ally: await viewerOf(others[1]!.person.id) };
}

// Incidents (issue 12): `size` members, incidents (one closed with a review before the next
// dinner), each open one with check-ins, log entries, drafts with approvals and meetings.
export async function programmeWithIncidents(size: number, now: Date) {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const others = [];
  for (let i = 0; i < size; i++) others.push(await createMember(db, { programmeId: programme.id, party: (["POLICE", "MUNICIPALITY", "COMMUNITY"] as const)[i % 3], consentToSharePhone: i % 2 === 0, person: { phone: `+31 6 ${i}` } }));
  const members = [coordinator, ...others].map((m) => m.membership);
  const held = await createDinner(db, { programmeId: programme.id, startsAt: new Date(now.getTime() - 30 * 86_400_000), status: "HELD" });
  const next = await createDinner(db, { programmeId: programme.id, startsAt: new Date(now.getTime() + 30 * 86_400_000) });
  for (const m of members) await createRsvp(db, { dinnerId: held.id, membershipId: m.id, response: "YES", attended: true });
  await db.firstStepProtocol.create({
    data: { programmeId: programme.id, version: 1, parties: { create: (["POLICE", "MUNICIPALITY", "COMMUNITY"] as const).map((party) => ({ party, firstContactId: members.find((m) => m.party === party)?.id ?? null, firstHour: "Call.", firstDay: "Meet." })) } },
  });
  await db.sharingAgreement.create({ data: { programmeId: programme.id, version: 1, text: "Trends only.", acceptances: { create: [{ party: "MUNICIPALITY", acceptedBy: "C" }] } } });
  let incidentId = "";
  let meetingId = "";
  for (let i = 0; i < size; i++) {
    const closed = i === 0;
    const incident = await db.incident.create({
      data: {
        programmeId: programme.id,
        status: closed ? "CLOSED" : "OPEN",
        whatHappened: `Unrest ${i}`,
        level: 3,
        openedAt: now,
        closedAt: closed ? new Date(now.getTime() - 86_400_000) : null,
        review: closed ? "Learned." : null,
        updates: { create: members.map((m) => ({ authorId: m.id, text: "Update" })) },
        checkIns: { create: members.map((m) => ({ membershipId: m.id, answer: "CAN_HELP" as const })) },
        messages: { create: Array.from({ length: size }, (_, d) => ({ draft: d + 1, text: "Message", authorName: "C", approvals: { create: [{ party: "POLICE" as const, approvedBy: "P" }] } })) },
      },
    });
    const meeting = await db.incidentMeeting.create({
      data: { incidentId: incident.id, programmeId: programme.id, place: "Hall", pollClosesAt: new Date(now.getTime() + 3_600_000), options: { create: [{ startsAt: new Date(now.getTime() + 7_200_000), endsAt: new Date(now.getTime() + 10_800_000) }] } },
      select: { id: true, options: { select: { id: true } } },
    });
    await db.incidentMeetingVote.createMany({ data: members.map((m) => ({ optionId: meeting.options[0]!.id, membershipId: m.id, answer: "YES" as const })) });
    await db.incidentMeeting.create({ data: { incidentId: incident.id, programmeId: programme.id, place: "Station", startsAt: now, endsAt: now, answers: { create: members.map((m) => ({ membershipId: m.id, response: "YES" as const })) } } });
    if (!closed) incidentId = incident.id;
    meetingId = meeting.id;
  }
  const push = Array.from({ length: size }, (_, i) => ({ personId: coordinator.person.id, endpoint: `https://push.example.test/${programme.id}/${i}`, p256dh: "k", auth: "a" }));
  await db.pushSubscription.createMany({ data: push });
  return { now, programmeId: programme.id, next: next.id, incidentId, meetingId, viewer: await viewerOf(coordinator.person.id), ally: await viewerOf(others[2]!.person.id) };
}

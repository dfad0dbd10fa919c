import type { Db } from "@/lib/db/client";
import { addDays } from "date-fns";
import { utcToZonedInput } from "@/lib/dates";
import { hashSecretToken } from "@/lib/security/secret-token";

// Ids of demo rows that matrix entries put into paths and inputs. Add what you need.
export async function loadDemoIds(db: Db) {
  const programme = await db.programme.findFirstOrThrow({ where: { name: "Allies Schilderswijk" }, select: { id: true } });
  const otherProgramme = await db.programme.findFirstOrThrow({ where: { name: "Allies Transvaal" }, select: { id: true } });
  const nextDinner = await db.dinner.findFirstOrThrow({ where: { programmeId: programme.id, status: "PLANNED" }, orderBy: { startsAt: "asc" }, select: { id: true, version: true, startsAt: true, endsAt: true } });
  const heldDinner = await db.dinner.findFirstOrThrow({ where: { programmeId: programme.id, status: "HELD" }, orderBy: { startsAt: "desc" }, select: { id: true, version: true } });
  const otherDinner = await db.dinner.findFirstOrThrow({ where: { programmeId: otherProgramme.id }, select: { id: true } });
  const action = await db.action.findFirstOrThrow({ where: { programmeId: programme.id, title: "Parents' evening on online safety" }, select: { id: true, version: true } });
  const topic = await db.topic.findFirstOrThrow({ where: { programmeId: programme.id, key: "POLARISATION" }, select: { id: true } });
  const otherTopic = await db.topic.findFirstOrThrow({ where: { programmeId: otherProgramme.id, key: "POLARISATION" }, select: { id: true } });
  const allyMembership = await db.membership.findFirstOrThrow({ where: { programmeId: programme.id, person: { email: "els@allies.demo" } }, select: { id: true, version: true } });
  const leavingMembership = await db.membership.findFirstOrThrow({ where: { programmeId: programme.id, person: { email: "daan@allies.demo" } }, select: { id: true, version: true } });
  const invitation = await db.invitation.findFirstOrThrow({ where: { programmeId: programme.id, email: "ayoub@allies.demo" }, select: { id: true } });
  const poll = await db.datePoll.findFirstOrThrow({ where: { programmeId: programme.id, title: "Spring dinner" }, select: { id: true, options: { orderBy: { startsAt: "asc" }, take: 1, select: { id: true } } } });
  const agendaItem = await db.agendaItem.findFirstOrThrow({ where: { title: "Food bank queue", dinner: { programmeId: programme.id } }, select: { id: true, version: true, dinnerId: true } });
  const deletableAgendaItem = await db.agendaItem.findFirstOrThrow({ where: { title: "Scooters on the Hoefkade", dinner: { programmeId: programme.id } }, select: { id: true, version: true, dinnerId: true } });
  const policeMembership = await db.membership.findFirstOrThrow({ where: { programmeId: programme.id, person: { email: "police@allies.demo" } }, select: { id: true } });
  const allyCallerMembership = await db.membership.findFirstOrThrow({ where: { programmeId: programme.id, person: { email: "ally@allies.demo" } }, select: { id: true } });
  const programmeVersion = await db.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { version: true } });
  const signal = await db.signal.findFirstOrThrow({ where: { programmeId: programme.id, visibility: "ALL_MEMBERS", status: "OPEN" }, orderBy: { createdAt: "asc" }, select: { id: true, version: true } });
  const signalArea = await db.signalArea.findFirstOrThrow({ where: { programmeId: programme.id }, orderBy: { name: "asc" }, select: { id: true } });
  const openIncident = await db.incident.findFirstOrThrow({ where: { programmeId: programme.id, status: "OPEN" }, select: { id: true, version: true, level: true, messages: { select: { id: true } } } });
  const proposedIncident = await db.incident.findFirstOrThrow({ where: { programmeId: programme.id, status: "PROPOSED" }, select: { id: true, version: true } });
  const pollMeeting = await db.incidentMeeting.findFirstOrThrow({ where: { incidentId: openIncident.id, startsAt: null }, select: { id: true, options: { select: { id: true }, take: 1 } } });
  const timedMeeting = await db.incidentMeeting.findFirstOrThrow({ where: { incidentId: openIncident.id, startsAt: { not: null } }, select: { id: true } });
  const sharingAgreement = await db.sharingAgreement.findFirstOrThrow({ where: { programmeId: programme.id }, orderBy: { version: "desc" }, select: { id: true } });
  const plan = await db.programmePlan.findFirstOrThrow({ where: { programmeId: programme.id }, orderBy: { version: "desc" }, select: { version: true } });
  const readinessPoint2 = await db.readinessPoint.findUniqueOrThrow({ where: { programmeId_point: { programmeId: programme.id, point: 2 } }, select: { version: true } });
  const pushDevice = await db.pushSubscription.findFirstOrThrow({ where: { person: { email: "coordinator@allies.demo" } }, select: { id: true } });
  // The feed address is stored hashed, so the tests give Els one they know. The same one on
  // every call (made from her id): workers loading these ids at once must not replace each
  // other's.
  const feedOwner = await db.person.findUniqueOrThrow({ where: { email: "els@allies.demo" }, select: { id: true } });
  const calendarToken = hashSecretToken(`test-feed:${feedOwner.id}`);
  await db.person.update({ where: { id: feedOwner.id }, data: { calendarTokenHash: hashSecretToken(calendarToken), calendarTokenExpiresAt: addDays(new Date(), 1) } });
  return {
    programmeId: programme.id,
    openIncidentId: openIncident.id,
    openIncidentVersion: String(openIncident.version),
    openIncidentLevel: String(openIncident.level),
    jointMessageId: openIncident.messages[0]!.id,
    proposedIncidentId: proposedIncident.id,
    proposedIncidentVersion: String(proposedIncident.version),
    pollMeetingId: pollMeeting.id,
    pollMeetingOptionId: pollMeeting.options[0]!.id,
    timedMeetingId: timedMeeting.id,
    sharingAgreementId: sharingAgreement.id,
    coordinatorPushDeviceId: pushDevice.id,
    signalId: signal.id,
    signalVersion: String(signal.version),
    signalAreaId: signalArea.id,
    pollId: poll.id,
    pollOptionId: poll.options[0]!.id,
    programmeVersion: String(programmeVersion.version),
    planVersion: String(plan.version),
    readinessPoint2Version: String(readinessPoint2.version),
    calendarToken,
    otherProgrammeId: otherProgramme.id,
    nextDinnerId: nextDinner.id,
    heldDinnerId: heldDinner.id,
    nextDinnerVersion: String(nextDinner.version),
    // Wall-clock times in the demo programme's zone, as the dinner form sends them.
    nextDinnerStartsAt: utcToZonedInput(nextDinner.startsAt, "Europe/Amsterdam"),
    nextDinnerEndsAt: utcToZonedInput(nextDinner.endsAt, "Europe/Amsterdam"),
    heldDinnerVersion: String(heldDinner.version),
    otherDinnerId: otherDinner.id,
    actionId: action.id,
    actionVersion: String(action.version),
    topicId: topic.id,
    otherTopicId: otherTopic.id,
    allyMembershipId: allyMembership.id,
    allyMembershipVersion: String(allyMembership.version),
    leavingMembershipId: leavingMembership.id,
    leavingMembershipVersion: String(leavingMembership.version),
    invitationId: invitation.id,
    policeMembershipId: policeMembership.id,
    allyCallerMembershipId: allyCallerMembership.id,
    agendaItemId: agendaItem.id,
    agendaItemVersion: String(agendaItem.version),
    agendaItemDinnerId: agendaItem.dinnerId,
    deletableAgendaItemId: deletableAgendaItem.id,
    deletableAgendaItemVersion: String(deletableAgendaItem.version),
    deletableAgendaItemDinnerId: deletableAgendaItem.dinnerId,
  };
}

export type DemoIds = Awaited<ReturnType<typeof loadDemoIds>>;

import { addDays } from "date-fns";
import type { Db } from "@/lib/db/client";
import { createAction, createAgendaItem, createDinner, createMember } from "@/lib/demo/factories";
import { hashOfNoToken } from "@/lib/email/email-links";
import type { DemoIds } from "./demo-ids";

// Text in every row made here: no answer to a caller of the demo programme may contain it.
export const otherProgrammeMarker = "Transvaal only";

// For each demo id a matrix input may carry, the same kind of row in the other demo programme
// ("Allies Transvaal"), with the same version where the row has one, so that a lib/ function
// that forgot to scope its lookup by the programme it authorized would find the row and write.
// The demo seed gives Transvaal little (a coordinator, a dinner), so the rest is made here,
// for the action runner only (tests/integration/authorization-actions.test.ts).
export async function makeOtherProgrammeItems(db: Db, ids: DemoIds): Promise<Partial<Record<keyof DemoIds, string>>> {
  const programmeId = ids.otherProgrammeId;
  const note = otherProgrammeMarker;
  const now = new Date();
  const coordinator = await db.membership.findFirstOrThrow({ where: { programmeId, role: "COORDINATOR" }, select: { id: true, personId: true } });
  const fatma = await db.membership.findFirstOrThrow({ where: { programmeId, person: { email: "ally@allies.demo" } }, select: { id: true } });
  const member = (role: "ALLY" | "POLICE_LIAISON", party: "COMMUNITY" | "POLICE") => createMember(db, { programmeId, role, party, organisation: note });
  const [ally, leaving, police] = [await member("ALLY", "COMMUNITY"), await member("ALLY", "COMMUNITY"), await member("POLICE_LIAISON", "POLICE")];
  await db.membership.update({ where: { id: ally.membership.id }, data: { version: Number(ids.allyMembershipVersion) } });
  await db.membership.update({ where: { id: leaving.membership.id }, data: { version: Number(ids.leavingMembershipVersion) } });

  const planned = await db.dinner.findFirstOrThrow({ where: { programmeId, status: "PLANNED" }, select: { id: true } });
  await db.dinner.update({ where: { id: planned.id }, data: { version: Number(ids.nextDinnerVersion), guestNotes: note } });
  const held = await createDinner(db, { programmeId, startsAt: addDays(now, -30), status: "HELD", venueName: note });
  await db.dinner.update({ where: { id: held.id }, data: { version: Number(ids.heldDinnerVersion) } });
  const agendaItem = await createAgendaItem(db, { dinnerId: held.id, title: note, notes: note, position: 1 });
  const deletableAgendaItem = await createAgendaItem(db, { dinnerId: held.id, title: `${note} 2`, notes: note, position: 2 });
  await db.agendaItem.update({ where: { id: agendaItem.id }, data: { version: Number(ids.agendaItemVersion) } });
  await db.agendaItem.update({ where: { id: deletableAgendaItem.id }, data: { version: Number(ids.deletableAgendaItemVersion) } });

  const action = await createAction(db, { programmeId, title: note, description: note, leadParty: "POLICE", ownerIds: [police.membership.id, fatma.id], topicId: ids.otherTopicId, dinnerId: held.id });
  await db.action.update({ where: { id: action.id }, data: { version: Number(ids.actionVersion) } });

  const invitation = await db.invitation.create({ data: { programmeId, email: "transvaal-invitee@example.test", name: note, party: "COMMUNITY", role: "ALLY", tokenHash: hashOfNoToken(), expiresAt: addDays(now, 10), invitedById: coordinator.personId } });
  const poll = await db.datePoll.create({ data: { programmeId, title: note, options: { create: [{ startsAt: addDays(now, 50), endsAt: addDays(now, 50.1) }] } }, select: { id: true, options: { select: { id: true } } } });
  const area = await db.signalArea.create({ data: { programmeId, name: note } });
  const signal = await db.signal.create({ data: { programmeId, areaId: area.id, topicId: ids.otherTopicId, text: note, source: "SEEN", level: 2, authorId: fatma.id, version: Number(ids.signalVersion) } });

  const incident = (status: "OPEN" | "PROPOSED", version: string) =>
    db.incident.create({ data: { programmeId, status, whatHappened: note, area: note, level: Number(ids.openIncidentLevel), proposedById: coordinator.id, openedAt: status === "OPEN" ? now : null, version: Number(version) }, select: { id: true } });
  const open = await incident("OPEN", ids.openIncidentVersion);
  const proposed = await incident("PROPOSED", ids.proposedIncidentVersion);
  const message = await db.jointMessage.create({ data: { incidentId: open.id, draft: 1, text: note, authorName: note, authorId: coordinator.id } });
  const pollMeeting = await db.incidentMeeting.create({ data: { incidentId: open.id, programmeId, place: note, pollClosesAt: addDays(now, 1), options: { create: [{ startsAt: addDays(now, 2), endsAt: addDays(now, 2.1) }] } }, select: { id: true, options: { select: { id: true } } } });
  const timedMeeting = await db.incidentMeeting.create({ data: { incidentId: open.id, programmeId, place: note, startsAt: addDays(now, 1), endsAt: addDays(now, 1.1) } });
  const agreement = await db.sharingAgreement.create({ data: { programmeId, version: 1, text: note, createdById: coordinator.id } });
  const device = await db.pushSubscription.create({ data: { personId: coordinator.personId, endpoint: "https://push.example.invalid/transvaal-coordinator", p256dh: "BTransvaalOnly", auth: "transvaal", label: note } });

  return {
    nextDinnerId: planned.id,
    heldDinnerId: held.id,
    agendaItemDinnerId: held.id,
    deletableAgendaItemDinnerId: held.id,
    agendaItemId: agendaItem.id,
    deletableAgendaItemId: deletableAgendaItem.id,
    topicId: ids.otherTopicId,
    actionId: action.id,
    allyMembershipId: ally.membership.id,
    leavingMembershipId: leaving.membership.id,
    policeMembershipId: police.membership.id,
    // Fatma belongs to both programmes: her membership there is not one of this programme.
    allyCallerMembershipId: fatma.id,
    invitationId: invitation.id,
    pollId: poll.id,
    pollOptionId: poll.options[0]!.id,
    signalId: signal.id,
    signalAreaId: area.id,
    openIncidentId: open.id,
    proposedIncidentId: proposed.id,
    jointMessageId: message.id,
    pollMeetingId: pollMeeting.id,
    pollMeetingOptionId: pollMeeting.options[0]!.id,
    timedMeetingId: timedMeeting.id,
    sharingAgreementId: agreement.id,
    // Not a programme's row: the device of another person (Transvaal's coordinator).
    coordinatorPushDeviceId: device.id,
  };
}

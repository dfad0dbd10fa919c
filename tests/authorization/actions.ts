import type { DemoIds } from "./demo-ids";
import { members, signedIn, type Caller } from "./roles";

// Every server action (each export of a module that starts with "use server", anywhere
// under app/, components/ or lib/), who may call it, and a valid input for the demo
// programme. Callers not listed must get { ok: false, message: "notFound" } (or
// "signedOut"; a plain formAction() refuses silently) and change nothing. The same inputs,
// made hostile, are sent by the bad-input test. An action missing here fails the matrix test.
export type ActionEntry = {
  action: string;
  allow: readonly Caller[] | "public";
  input: (ids: DemoIds) => Record<string, string | string[]>;
  // Ids in the input that the action skips, rather than refuses, when they are another
  // programme's (it reads only its own programme's rows). The runner swaps each id of the
  // input for the other programme's row of that kind: refused and nothing written, or, for
  // these, nothing of the other programme written or shown.
  ignoresForeign?: readonly (keyof DemoIds)[];
};

export const actionMatrix: ActionEntry[] = [
  { action: "app/signin/actions.ts#requestSignIn", allow: "public", input: () => ({ email: "els@allies.demo" }) },
  { action: "app/account/session-actions.ts#signOut", allow: "public", input: () => ({}) },
  { action: "app/language/actions.ts#chooseLanguage", allow: "public", input: () => ({ locale: "nl", returnTo: "/" }) },
  { action: "app/account/session-actions.ts#signOutEverywhereAction", allow: signedIn, input: () => ({}) },
  { action: "app/account/calendar/actions.ts#makeCalendarFeedAction", allow: signedIn, input: () => ({ confirm: "on" }) },
  // Goals are kept for the programme's own topics only (a goal-<id> of another programme's topic is dropped).
  {
    action: "app/programmes/[programmeId]/plan/actions.ts#saveProgrammePlanAction",
    allow: ["coordinator"],
    ignoresForeign: ["topicId"],
    input: (ids) => ({ programmeId: ids.programmeId, version: ids.planVersion, vision: "We know each other by name.", [`goal-${ids.topicId}`]: "Two joint activities.", policeRole: "First contact in the street.", municipalityRole: "Coordinates.", communityRole: "Shares information." }),
  },
  { action: "app/programmes/[programmeId]/plan/actions.ts#reviewProgrammePlanAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, version: ids.planVersion }) },
  { action: "app/programmes/[programmeId]/readiness/actions.ts#saveReadinessPointAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, point: "2", version: ids.readinessPoint2Version, status: "DONE", notes: "Contacts with three associations." }) },
  {
    action: "app/programmes/[programmeId]/privacy/actions.ts#saveRetentionChoicesAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, version: ids.programmeVersion, endedMemberships: "365", dietaryNeeds: "30", pollVotes: "90", actionUpdates: "1095", agendaNotes: "1825", planHistory: "1825", auditEvents: "730", invitations: "90" }),
  },
  { action: "app/programmes/[programmeId]/settings/actions.ts#updateProgrammeSettingsAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, version: ids.programmeVersion, days: ["7", "1"], dinnersPerYearTarget: "5" }) },
  { action: "app/programmes/[programmeId]/polls/actions.ts#createPollAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, title: "Autumn dinner", options: ["2030-10-01T18:30", "2030-10-08T18:30"] }) },
  // Answers to options that are not this poll's are skipped.
  { action: "app/programmes/[programmeId]/polls/actions.ts#answerPollAction", allow: members, ignoresForeign: ["pollOptionId"], input: (ids) => ({ programmeId: ids.programmeId, pollId: ids.pollId, [`answer-${ids.pollOptionId}`]: "YES" }) },
  {
    action: "app/programmes/[programmeId]/polls/actions.ts#pickPollOptionAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, pollId: ids.pollId, optionId: ids.pollOptionId, venueKind: "COMMUNITY_VENUE", venueName: "Buurthuis De Mussen", venueAddress: "Hoefkade 9, 2526 BH Den Haag" }),
  },
  {
    action: "app/programmes/[programmeId]/members/actions.ts#inviteMemberAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, name: "Nadia Bouzid", email: "nadia@example.test", party: "COMMUNITY", role: "ALLY", organisation: "Buurthuis", locale: "nl" }),
  },
  { action: "app/programmes/[programmeId]/members/actions.ts#resendInvitationAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, invitationId: ids.invitationId }) },
  // Revokes the demo's pending invitation: keep after resend.
  { action: "app/programmes/[programmeId]/members/actions.ts#revokeInvitationAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, invitationId: ids.invitationId }) },
  { action: "app/programmes/[programmeId]/members/actions.ts#setGroupChatUrlAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, version: ids.programmeVersion, groupChatUrl: "https://signal.group/#DemoAllies" }) },
  {
    action: "app/programmes/[programmeId]/members/actions.ts#updateMembershipAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, membershipId: ids.allyMembershipId, version: ids.allyMembershipVersion, role: "ALLY", party: "COMMUNITY", organisation: "Bewonersvereniging" }),
  },
  { action: "app/programmes/[programmeId]/members/actions.ts#endMembershipAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, membershipId: ids.leavingMembershipId, version: ids.leavingMembershipVersion, confirm: "on" }) },
  {
    action: "app/admin/programmes/actions.ts#createProgrammeAction",
    allow: ["admin"],
    input: () => ({ name: "Allies Moerwijk", municipality: "Den Haag", policeTeam: "Team Zuiderpark", neighbourhood: "Moerwijk", timeZone: "Europe/Amsterdam", dinnersPerYearTarget: "5" }),
  },
  {
    action: "app/admin/programmes/actions.ts#appointCoordinatorAction",
    allow: ["admin"],
    input: (ids) => ({ programmeId: ids.otherProgrammeId, name: "Lotte Smit", email: "lotte@example.test", party: "MUNICIPALITY", organisation: "Gemeente Den Haag", locale: "nl" }),
  },
  { action: "app/admin/programmes/actions.ts#appointRegionalAction", allow: ["admin"], input: (ids) => ({ name: "Eenheid Haaglanden", email: "eenheid@example.test", locale: "nl", programmeIds: [ids.programmeId, ids.otherProgrammeId] }) },
  // Any member may answer a dinner's trust check they were asked; in the demo the coordinator and
  // the police liaison have an open one (lib/demo/seed-trust.ts), so "police" is tried first.
  { action: "app/trust/actions.ts#answerTrustCheckAction", allow: ["police", "coordinator", "ally"], input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.heldDinnerId, keepsPromises: "4", wouldCall: "3", speakFreely: "5" }) },
  // Topics: a unique name per call, so a repeat is not refused as a duplicate; unarchiving an active topic changes nothing.
  { action: "app/programmes/[programmeId]/topics/actions.ts#createTopicAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, name: `Youth work ${Date.now().toString(36)}` }) },
  { action: "app/programmes/[programmeId]/topics/actions.ts#setTopicArchivedAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, topicId: ids.topicId, archived: "false" }) },
  {
    action: "app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions.ts#addAgendaItemAction",
    allow: ["police", "coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.nextDinnerId, topicId: ids.topicId, title: "Youth centre opening hours", notes: "General lines only.", visibility: "ALL_MEMBERS" }),
  },
  // Version-checked: after the first allowed caller saves, the next one gets "conflict" (not "notFound").
  // The item is found in the programme; the form's dinnerId is not read.
  {
    action: "app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions.ts#updateAgendaItemAction",
    allow: ["police", "coordinator"],
    ignoresForeign: ["agendaItemDinnerId"],
    input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.agendaItemDinnerId, itemId: ids.agendaItemId, version: ids.agendaItemVersion, topicId: "", title: "Food bank queue", notes: "More families since the energy bills.", visibility: "ALL_MEMBERS" }),
  },
  // The item is found in the programme; the form's dinnerId is not read.
  { action: "app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions.ts#moveAgendaItemAction", allow: ["police", "coordinator"], ignoresForeign: ["agendaItemDinnerId"], input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.agendaItemDinnerId, itemId: ids.agendaItemId, direction: "down" }) },
  // DESTRUCTIVE: deletes the demo item "Scooters on the Hoefkade"; after the first allowed caller it is gone (then "notFound").
  // The item is found in the programme; the form's dinnerId is not read.
  {
    action: "app/programmes/[programmeId]/dinners/[dinnerId]/agenda/actions.ts#deleteAgendaItemAction",
    allow: ["police", "coordinator"],
    ignoresForeign: ["deletableAgendaItemDinnerId"],
    input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.deletableAgendaItemDinnerId, itemId: ids.deletableAgendaItemId, version: ids.deletableAgendaItemVersion }),
  },
  // Redirects to the new action on success; e-mails its owners.
  {
    action: "app/programmes/[programmeId]/actions/actions.ts#submitNewAction",
    allow: ["police", "coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, title: "Meet the new youth workers", description: "", topicId: ids.topicId, leadParty: "JOINT", ownerIds: [ids.allyMembershipId], dueDate: "2030-06-01", dinnerId: ids.heldDinnerId }),
  },
  // Version-checked: after the first allowed caller saves, the next one gets "conflict" (not "notFound").
  {
    action: "app/programmes/[programmeId]/actions/actions.ts#submitActionEdit",
    allow: ["police", "coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, actionId: ids.actionId, version: ids.actionVersion, title: "Parents' evening on online safety", description: "", topicId: ids.topicId, leadParty: "POLICE", ownerIds: [ids.policeMembershipId, ids.allyCallerMembershipId], dueDate: "2030-06-01", dinnerId: ids.heldDinnerId }),
  },
  // The demo action is led by the police and owned by Karim (police) and Fatma (ally): all three members may post.
  { action: "app/programmes/[programmeId]/actions/actions.ts#submitActionUpdate", allow: members, input: (ids) => ({ programmeId: ids.programmeId, actionId: ids.actionId, version: ids.actionVersion, text: "Asked the school for a room.", status: "" }) },
  // Dinners. Answering redirects to returnTo; one answer row per member and dinner.
  { action: "app/programmes/[programmeId]/dinners/actions.ts#respondToDinnerAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.nextDinnerId, response: "YES", dietaryNeeds: "Halal", returnTo: "/" }) },
  {
    action: "app/programmes/[programmeId]/dinners/actions.ts#scheduleDinnerAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, startsAt: "2030-03-12T18:30", endsAt: "", venueKind: "TOWN_HALL", venueName: "Stadhuis Den Haag", venueAddress: "Spui 70, 2511 BT Den Haag", hostParty: "MUNICIPALITY", capacity: "16", guestNotes: "Bring an ID." }),
  },
  // Version-checked: after the first allowed caller saves, the next one gets "conflict" (not "notFound"). Same time and place: e-mails nobody.
  {
    action: "app/programmes/[programmeId]/dinners/actions.ts#updateDinnerAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.nextDinnerId, version: ids.nextDinnerVersion, startsAt: ids.nextDinnerStartsAt, endsAt: ids.nextDinnerEndsAt, venueKind: "COMMUNITY_VENUE", venueName: "Buurthuis De Mussen", venueAddress: "Hoefkade 9, 2526 BH Den Haag", hostParty: "COMMUNITY", capacity: "20", guestNotes: "Entrance at the side door." }),
  },
  // Version-checked; marks the (already held) demo dinner held again with who attended.
  // Only the programme's own active members count; any other id is ignored (lib/dinners/record-attendance.ts).
  { action: "app/programmes/[programmeId]/dinners/actions.ts#recordAttendanceAction", allow: ["coordinator"], ignoresForeign: ["allyCallerMembershipId", "policeMembershipId"], input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.heldDinnerId, version: ids.heldDinnerVersion, attended: [ids.allyCallerMembershipId, ids.policeMembershipId] }) },
  // DESTRUCTIVE (cancels the demo's next dinner) unless the update above already bumped its version (then "conflict"). Keep after every entry using nextDinnerId.
  { action: "app/programmes/[programmeId]/dinners/actions.ts#cancelDinnerAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, dinnerId: ids.nextDinnerId, version: ids.nextDinnerVersion, confirm: "on" }) },
  // Changes only the fields sent (here the caller's phone and dietary needs).
  { action: "app/account/actions.ts#updateAccountAction", allow: signedIn, input: () => ({ name: "Demo Person", phone: "+31 6 1234 0099", dietaryNeeds: "Halal", version: "1" }) },
  // Signals (issue 11). Reports and follow-ups are valid on the demo; the area name is unique per call.
  { action: "app/programmes/[programmeId]/signals/actions.ts#reportSignalAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, topicId: ids.topicId, areaId: ids.signalAreaId, text: "Quieter at the square this week", source: "SEEN", level: "2", visibility: "ALL_MEMBERS" }) },
  { action: "app/programmes/[programmeId]/signals/actions.ts#followUpSignalAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, signalId: ids.signalId, version: ids.signalVersion, kind: "close", note: "Discussed with the market traders." }) },
  { action: "app/programmes/[programmeId]/signals/actions.ts#addSignalAreaAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, name: `Area ${Date.now().toString(36)}` }) },
  { action: "app/programmes/[programmeId]/signals/actions.ts#setSignalAreaArchivedAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, areaId: ids.signalAreaId, archived: "false" }) },
  { action: "app/programmes/[programmeId]/signals/actions.ts#updateSignalSettingsAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, version: "0", pulseEveryDays: "14", alertLevel: "4", retentionMonths: "12" }) },
  // Public: the pulse link's token is the credential; an unknown token is refused for everyone.
  { action: "app/pulse/actions.ts#answerPulseAction", allow: "public", input: () => ({ token: "not-a-valid-token", level: "3", remark: "" }) },
  // Erases the caller's own personal data. Every signed-in person may, except the last coordinator
  // of a programme (coordinator, outsider), who is refused with a field error — so the valid call
  // is tried as the admin (first in the list).
  { action: "app/account/actions.ts#eraseAccountAction", allow: ["admin", "ally", "police", "coordinator", "outsider", "regional"], input: () => ({ confirm: "on" }) },
  // Incidents (issue 12).
  { action: "app/programmes/[programmeId]/incidents/actions.ts#proposeIncidentAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, whatHappened: "Tension in the market after a fight.", topicId: ids.topicId, area: "Market", level: "3" }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#confirmIncidentAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.proposedIncidentId, version: ids.proposedIncidentVersion }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#checkInAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, answer: "CAN_HELP" }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#addIncidentUpdateAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, text: "Calmer now.", level: ids.openIncidentLevel }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#draftJointMessageAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, basedOnDraft: "1", text: "We speak with one voice." }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#approveJointMessageAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, messageId: ids.jointMessageId }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#closeIncidentAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, version: ids.openIncidentVersion, review: "Calling early worked.", confirm: "on" }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#conveneMeetingAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, place: "Town hall", startsAt: "2030-10-01T18:30", durationMinutes: "60", pollHours: "4" }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#answerMeetingAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, meetingId: ids.timedMeetingId, response: "YES" }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#voteMeetingAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, meetingId: ids.pollMeetingId, optionId: ids.pollMeetingOptionId, answer: "YES" }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#pickMeetingTimeAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, meetingId: ids.pollMeetingId, optionId: ids.pollMeetingOptionId }) },
  { action: "app/programmes/[programmeId]/incidents/[incidentId]/actions.ts#linkIncidentActionAction", allow: ["police", "coordinator"], input: (ids) => ({ programmeId: ids.programmeId, incidentId: ids.openIncidentId, actionId: ids.actionId }) },
  {
    action: "app/programmes/[programmeId]/protocol/actions.ts#saveProtocolAction",
    allow: ["coordinator"],
    input: (ids) => ({ programmeId: ids.programmeId, basedOn: "1", POLICE_firstContactId: ids.policeMembershipId, POLICE_firstHour: "Call the coordinator.", MUNICIPALITY_firstHour: "Open an incident.", COMMUNITY_firstHour: "Listen." }),
  },
  { action: "app/programmes/[programmeId]/protocol/actions.ts#saveAgreementAction", allow: ["coordinator"], input: (ids) => ({ programmeId: ids.programmeId, basedOn: "1", text: "We share trends, never individuals." }) },
  { action: "app/programmes/[programmeId]/protocol/actions.ts#acceptAgreementAction", allow: members, input: (ids) => ({ programmeId: ids.programmeId, agreementId: ids.sharingAgreementId }) },
  // Removes only the caller's own device (here the coordinator's): anyone else's looks absent.
  { action: "app/account/push-actions.ts#removePushDeviceAction", allow: ["coordinator"], input: (ids) => ({ subscriptionId: ids.coordinatorPushDeviceId }) },
];

void members;

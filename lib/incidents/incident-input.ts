import { CheckInAnswer, Party, PollAnswer, RsvpResponse } from "@/lib/generated/prisma/enums";
import { confirmation, dateTimeLocal, form, id, listOf, oneOf, optionalDateTimeLocal, optionalId, text, version, wholeNumber } from "@/lib/forms/fields";

// What the incident screens post (docs/decisions/018-incidents.md). Shared by the server
// actions (validation) and the form components (inputPropsOf() for the HTML limits).
const programme = { programmeId: id };
const incident = { programmeId: id, incidentId: id };

// The first-step protocol: per party a first contact, a backup and two short texts.
const partyFields = (party: string) => ({
  [`${party}_firstContactId`]: optionalId,
  [`${party}_backupId`]: optionalId,
  [`${party}_firstHour`]: text(500),
  [`${party}_firstDay`]: text(500),
});
export const protocolParties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const satisfies readonly Party[];
export const saveProtocolInput = form({
  ...programme,
  // The version the coordinator read: 0 when there was none yet.
  basedOn: wholeNumber(0, 1_000_000),
  ...partyFields("POLICE"),
  ...partyFields("MUNICIPALITY"),
  ...partyFields("COMMUNITY"),
});

export const saveAgreementInput = form({ ...programme, basedOn: wholeNumber(0, 1_000_000), text: text(5_000, { required: true }) });
export const acceptAgreementInput = form({ ...programme, agreementId: id });

// 1 (calm) .. 5 (very tense)
export const tensionLevel = wholeNumber(1, 5);

export const proposeIncidentInput = form({
  ...programme,
  whatHappened: text(2_000, { required: true }),
  topicId: optionalId,
  area: text(200),
  level: tensionLevel,
});
export const confirmIncidentInput = form({ ...incident, version });
export const checkInInput = form({ ...incident, answer: oneOf(CheckInAnswer) });
// The level as the page showed it beside the level chosen: only a difference between the two
// is a change. Members who may not change the level send neither.
export const incidentUpdateInput = form({ ...incident, text: text(2_000), level: tensionLevel.optional(), levelSeen: tensionLevel.optional() });
// The latest draft the editor read: 0 when there was none yet.
export const jointMessageInput = form({ ...incident, basedOnDraft: wholeNumber(0, 1_000_000), text: text(2_000, { required: true }) });
export const approveMessageInput = form({ ...incident, messageId: id });
export const linkActionInput = form({ ...incident, actionId: id });
export const closeIncidentInput = form({ ...incident, version, review: text(2_000, { required: true }), confirm: confirmation("confirmClose") });

// An extra meeting: a time now (startsAt) or up to three options and a poll closing in hours.
export const conveneMeetingInput = form({
  ...incident,
  place: text(200, { required: true }),
  startsAt: optionalDateTimeLocal,
  options: listOf(dateTimeLocal, { max: 3 }),
  durationMinutes: wholeNumber(15, 480).default(60),
  pollHours: wholeNumber(1, 48).default(4),
});
export const answerMeetingInput = form({ ...incident, meetingId: id, response: oneOf(RsvpResponse) });
export const voteMeetingInput = form({ ...incident, meetingId: id, optionId: id, answer: oneOf(PollAnswer) });
export const pickMeetingTimeInput = form({ ...incident, meetingId: id, optionId: id });

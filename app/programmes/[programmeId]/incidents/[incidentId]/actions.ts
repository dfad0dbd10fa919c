"use server";

import {
  answerMeetingInput,
  approveMessageInput,
  checkInInput,
  closeIncidentInput,
  confirmIncidentInput,
  conveneMeetingInput,
  incidentUpdateInput,
  jointMessageInput,
  linkActionInput,
  pickMeetingTimeInput,
  voteMeetingInput,
} from "@/lib/incidents/incident-input";
import { addIncidentUpdate } from "@/lib/incidents/add-incident-update";
import { answerMeeting } from "@/lib/incidents/answer-meeting";
import { approveJointMessage } from "@/lib/incidents/approve-joint-message";
import { checkIn } from "@/lib/incidents/check-in";
import { closeIncident } from "@/lib/incidents/close-incident";
import { confirmIncident } from "@/lib/incidents/confirm-incident";
import { conveneMeeting } from "@/lib/incidents/convene-meeting";
import { draftJointMessage } from "@/lib/incidents/draft-joint-message";
import { linkIncidentAction } from "@/lib/incidents/link-incident-action";
import { pickMeetingTime } from "@/lib/incidents/pick-meeting-time";
import { voteMeeting } from "@/lib/incidents/vote-meeting";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";

export const confirmIncidentAction = serverAction(confirmIncidentInput, async (viewer, { programmeId, incidentId, version }) => {
  try {
    await confirmIncident(viewer, programmeId, incidentId, version);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "incidentOpened" };
});

export const checkInAction = serverAction(checkInInput, async (viewer, { programmeId, incidentId, answer }) => {
  await checkIn(viewer, programmeId, incidentId, answer);
  refreshPages();
  return { ok: true, message: "checkedIn" };
});

export const addIncidentUpdateAction = serverAction(incidentUpdateInput, async (viewer, { programmeId, incidentId, ...input }) => {
  await addIncidentUpdate(viewer, programmeId, incidentId, input);
  refreshPages();
  return { ok: true, message: "updateAdded" };
});

export const draftJointMessageAction = serverAction(jointMessageInput, async (viewer, { programmeId, incidentId, basedOnDraft, text }) => {
  await draftJointMessage(viewer, programmeId, incidentId, basedOnDraft, text);
  refreshPages();
  return { ok: true, message: "draftSaved" };
});

export const approveJointMessageAction = serverAction(approveMessageInput, async (viewer, { programmeId, incidentId, messageId }) => {
  const { final } = await approveJointMessage(viewer, programmeId, incidentId, messageId);
  refreshPages();
  return { ok: true, message: final ? "messageFinal" : "approved" };
});

export const closeIncidentAction = serverAction(closeIncidentInput, async (viewer, { programmeId, incidentId, version, review }) => {
  try {
    await closeIncident(viewer, programmeId, incidentId, version, review);
  } finally {
    refreshPages();
  }
  return { ok: true, message: "incidentClosed" };
});

export const conveneMeetingAction = serverAction(conveneMeetingInput, async (viewer, { programmeId, incidentId, ...input }) => {
  await conveneMeeting(viewer, programmeId, incidentId, input);
  refreshPages();
  return { ok: true, message: "meetingConvened" };
});

export const answerMeetingAction = serverAction(answerMeetingInput, async (viewer, { programmeId, incidentId, meetingId, response }) => {
  await answerMeeting(viewer, programmeId, incidentId, meetingId, response);
  refreshPages();
  return { ok: true, message: "answerSaved" };
});

export const voteMeetingAction = serverAction(voteMeetingInput, async (viewer, { programmeId, incidentId, meetingId, optionId, answer }) => {
  await voteMeeting(viewer, programmeId, incidentId, meetingId, optionId, answer);
  refreshPages();
  return { ok: true, message: "answerSaved" };
});

export const pickMeetingTimeAction = serverAction(pickMeetingTimeInput, async (viewer, { programmeId, incidentId, meetingId, optionId }) => {
  await pickMeetingTime(viewer, programmeId, incidentId, meetingId, optionId);
  refreshPages();
  return { ok: true, message: "timeSet" };
});

export const linkIncidentActionAction = serverAction(linkActionInput, async (viewer, { programmeId, incidentId, actionId }) => {
  await linkIncidentAction(viewer, programmeId, incidentId, actionId);
  refreshPages();
  return { ok: true, message: "actionLinked" };
});

"use server";

import { redirect } from "next/navigation";
import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { answerPoll } from "@/lib/polls/answer-poll";
import { createPoll } from "@/lib/polls/create-poll";
import { pickPollOption } from "@/lib/polls/pick-poll-option";
import { answerPollInput, createPollInput, pickPollOptionInput } from "@/lib/polls/poll-input";

export const createPollAction = serverAction(createPollInput, async (viewer, { programmeId, title, options }) => {
  const poll = await createPoll(viewer, programmeId, { title, options });
  refreshPages();
  redirect(`/programmes/${programmeId}/polls/${poll.id}`);
});

export const answerPollAction = serverAction(answerPollInput, async (viewer, { programmeId, pollId, answers }) => {
  await answerPoll(viewer, programmeId, pollId, answers);
  refreshPages();
  redirect(`/programmes/${programmeId}/polls/${pollId}?saved=1`);
});

export const pickPollOptionAction = serverAction(pickPollOptionInput, async (viewer, { programmeId, pollId, ...pick }) => {
  let dinnerId: string;
  try {
    ({ id: dinnerId } = await pickPollOption(viewer, programmeId, pollId, pick));
  } finally {
    // Also when someone else picked meanwhile: the poll is then shown closed, with its dinner.
    refreshPages();
  }
  redirect(`/programmes/${programmeId}/dinners/${dinnerId}`);
});

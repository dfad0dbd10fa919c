"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { venueSchema } from "@/lib/dinners/venue-schema";
import { serverAction } from "@/lib/forms/server-action";
import { answerPoll } from "@/lib/polls/answer-poll";
import { createPoll } from "@/lib/polls/create-poll";
import { pickPollOption } from "@/lib/polls/pick-poll-option";

const id = z.string().max(64);
const localDateTime = z.string().trim().max(16).regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, "invalid").optional();

const createSchema = z.object({
  programmeId: id,
  title: z.string().trim().min(1).max(120),
  option1: localDateTime,
  option2: localDateTime,
  option3: localDateTime,
  option4: localDateTime,
  option5: localDateTime,
  option6: localDateTime,
  option7: localDateTime,
  option8: localDateTime,
});

export const createPollAction = serverAction(createSchema, async (viewer, input) => {
  const options = [input.option1, input.option2, input.option3, input.option4, input.option5, input.option6, input.option7, input.option8].map((o) => o ?? "");
  const poll = await createPoll(viewer, input.programmeId, { title: input.title, options });
  revalidatePath(`/programmes/${input.programmeId}/polls`);
  redirect(`/programmes/${input.programmeId}/polls/${poll.id}`);
});

const pollAnswer = z.enum(["YES", "IF_NEED_BE", "NO"]);

// One radio group per option, named "answer-<optionId>".
const answerSchema = z
  .object({ programmeId: id, pollId: id })
  .catchall(z.string().trim().max(16))
  .transform((input, ctx) => {
    const answers = Object.entries(input)
      .filter(([key]) => key.startsWith("answer-"))
      .map(([key, value]) => ({ optionId: key.slice("answer-".length), answer: pollAnswer.safeParse(value) }));
    if (answers.length > 8 || answers.some((a) => a.optionId.length > 64 || !a.answer.success)) {
      ctx.addIssue({ code: "custom", message: "invalid", path: ["form"] });
      return z.NEVER;
    }
    return { programmeId: input.programmeId, pollId: input.pollId, answers: answers.map((a) => ({ optionId: a.optionId, answer: a.answer.data! })) };
  });

export const answerPollAction = serverAction(answerSchema, async (viewer, input) => {
  await answerPoll(viewer, input.programmeId, input.pollId, input.answers);
  const path = `/programmes/${input.programmeId}/polls/${input.pollId}`;
  revalidatePath(path);
  redirect(`${path}?saved=1`);
});

const pickSchema = z.object({
  programmeId: id,
  pollId: id,
  optionId: id,
  ...venueSchema,
});

export const pickPollOptionAction = serverAction(pickSchema, async (viewer, input) => {
  const { programmeId, pollId, ...pick } = input;
  const dinner = await pickPollOption(viewer, programmeId, pollId, pick);
  revalidatePath(`/programmes/${programmeId}/polls`);
  revalidatePath(`/programmes/${programmeId}`);
  redirect(`/programmes/${programmeId}/dinners/${dinner.id}`);
});

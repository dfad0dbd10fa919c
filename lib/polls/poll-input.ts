import { dateTimeLocal, form, id, listOf, oneOf, text } from "@/lib/forms/fields";
import { venueFields } from "@/lib/dinners/venue-schema";
import { PollAnswer } from "@/lib/generated/prisma/enums";

// What the date poll forms post. Shared by the server actions (validation) and the form
// components (inputPropsOf() for the HTML limits).
const poll = { programmeId: id, pollId: id };
export const maxPollOptions = 8;

// The proposed dates: one repeated `options` field; the ones left empty are dropped.
export const createPollInput = form({ programmeId: id, title: text(120, { required: true }), options: listOf(dateTimeLocal, { max: maxPollOptions, min: 2 }) });

// One radio group per option, named "answer-<optionId>" (radios need a name per group).
const answerPrefix = "answer-";
export const answerPollInput = form(poll)
  .catchall(oneOf(PollAnswer))
  .transform(({ programmeId, pollId, ...named }, ctx) => {
    const answers = Object.entries(named).map(([name, answer]) => ({ name, optionId: name.slice(answerPrefix.length), answer }));
    if (answers.length > maxPollOptions || answers.some((a) => !a.name.startsWith(answerPrefix) || !id.safeParse(a.optionId).success)) {
      ctx.addIssue({ code: "custom", message: "invalid", path: ["form"] });
    }
    return { programmeId, pollId, answers: answers.map(({ optionId, answer }) => ({ optionId, answer })) };
  });

export const pickPollOptionInput = form({ ...poll, optionId: id, ...venueFields });

import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ChoiceField } from "@/components/forms/choice-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { PollAnswer } from "@/lib/generated/prisma/enums";
import type { getPoll } from "@/lib/polls/get-poll";
import { answerPollAction } from "@/app/programmes/[programmeId]/polls/actions";
import { optionDate } from "./option-date";

type Poll = Awaited<ReturnType<typeof getPoll>>;

// The member's answer to each proposed date (yes / if need be / no), with the totals so far.
export async function AnswerPollForm({ programmeId, poll }: { programmeId: string; poll: Poll }) {
  const t = await getTranslations("polls");
  const format = await getFormatter();
  const choices = Object.values(PollAnswer).map((answer) => ({ value: answer, label: t(`choices.${answer}`) }));
  return (
    <Section id="your-answers" title={t("yourAnswers")} card>
      <Form action={answerPollAction} texts={await formTexts("polls")}>
        <HiddenFields values={{ programmeId, pollId: poll.poll.id }} />
        {poll.options.map((option) => (
          <div key={option.id} className="border-t border-slate-200 pt-3">
            <ChoiceField
              legend={t("answerLegend", { date: format.dateTime(option.startsAt, { timeZone: poll.programme.timeZone, ...optionDate }) })}
              name={`answer-${option.id}`}
              hint={t("totals", { yes: option.totals.YES, ifNeedBe: option.totals.IF_NEED_BE, no: option.totals.NO })}
              options={choices}
              defaultValue={option.myAnswer ?? undefined}
            />
          </div>
        ))}
        <div>
          <SubmitButton>{t("saveAnswers")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

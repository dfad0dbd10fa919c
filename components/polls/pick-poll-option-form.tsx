import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { VenueFields } from "@/components/dinners/venue-fields";
import { ChoiceField } from "@/components/forms/choice-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import type { getPoll } from "@/lib/polls/get-poll";
import { pickPollOptionAction } from "@/app/programmes/[programmeId]/polls/actions";
import { optionDate } from "./option-date";

type Poll = Awaited<ReturnType<typeof getPoll>>;

// For planners: pick one date and say where; this creates the dinner and closes the poll.
// Done once in a poll's life, so it opens from its link (`?form=pick`, docs/conventions.md)
// and the poll every member opens to answer carries no venue form (issue 10).
export async function PickPollOptionForm({ programmeId, poll, open }: { programmeId: string; poll: Poll; open: boolean }) {
  const t = await getTranslations("polls");
  if (!open) return <FormLink href={`/programmes/${programmeId}/polls/${poll.poll.id}?form=pick#pick`}>{t("pickTitle")}</FormLink>;
  const format = await getFormatter();
  const { options } = poll;
  return (
    <Section id="pick" title={t("pickTitle")} hint={t("pickIntro")} card>
      <Form action={pickPollOptionAction} texts={await formTexts("polls")}>
        <HiddenFields values={{ programmeId, pollId: poll.poll.id }} />
        <ChoiceField
          legend={t("pickLegend")}
          name="optionId"
          layout="column"
          defaultValue={options[0]?.id}
          options={options.map((option) => ({
            value: option.id,
            label: `${format.dateTime(option.startsAt, { timeZone: poll.programme.timeZone, ...optionDate })} · ${t("totals", { yes: option.totals.YES, ifNeedBe: option.totals.IF_NEED_BE, no: option.totals.NO })}`,
          }))}
        />
        <VenueFields values={{ venueKind: "COMMUNITY_VENUE", hostParty: null }} />
        <div>
          <SubmitButton>{t("pick")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

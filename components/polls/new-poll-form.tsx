import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Card } from "@/components/page/card";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { createPollInput, maxPollOptions } from "@/lib/polls/poll-input";
import { createPollAction } from "@/app/programmes/[programmeId]/polls/actions";
import { DateOptionsField } from "./date-options-field";

const fields = inputPropsOf(createPollInput);

// Propose 2 to 8 dates: a title and up to eight date-and-time fields of one name.
export async function NewPollForm({ programmeId, timeZone }: { programmeId: string; timeZone: string }) {
  const t = await getTranslations("polls");
  return (
    <Card>
      <Form action={createPollAction} texts={await formTexts("polls")}>
        <HiddenFields values={{ programmeId }} />
        <TextField label={t("pollTitle")} hint={t("pollTitleHint")} {...fields.title} autoComplete="off" />
        <DateOptionsField
          legend={t("optionsHint", { timeZone })}
          name={fields.options.name}
          labels={Array.from({ length: maxPollOptions }, (_, index) => t("optionLabel", { number: index + 1 }))}
          requiredCount={2}
        />
        <div>
          <SubmitButton>{t("create")}</SubmitButton>
        </div>
      </Form>
    </Card>
  );
}

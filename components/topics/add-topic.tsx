import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { createTopicInput } from "@/lib/topics/topic-input";
import { createTopicAction } from "@/app/programmes/[programmeId]/topics/actions";

const fields = inputPropsOf(createTopicInput);

export async function AddTopic({ programmeId }: { programmeId: string }) {
  const t = await getTranslations("topics");
  return (
    <Section id="add-topic" title={t("addTopic")} card>
      <Form action={createTopicAction} texts={await formTexts("topics")}>
        <HiddenFields values={{ programmeId }} />
        <TextField label={t("name")} {...fields.name} autoComplete="off" />
        <div>
          <SubmitButton>{t("add")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

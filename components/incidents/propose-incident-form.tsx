import { getTranslations } from "@/lib/i18n/server";
import { ChoiceField } from "@/components/forms/choice-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { proposeIncidentInput } from "@/lib/incidents/incident-input";
import type { TopicKey } from "@/lib/generated/prisma/enums";
import { topicLabel } from "@/lib/topics/topic-label";
import { proposeIncidentAction } from "@/app/programmes/[programmeId]/incidents/actions";
import { levels } from "./level";

const fields = inputPropsOf(proposeIncidentInput);

// Open an incident (coordinators and police liaisons: everyone is told at once) or propose one.
export async function ProposeIncidentForm({ programmeId, topics, opensAtOnce }: { programmeId: string; topics: { id: string; key: TopicKey | null; name: string | null }[]; opensAtOnce: boolean }) {
  const t = await getTranslations("incidents");
  const common = await getTranslations("common");
  return (
    <Section id="open-incident" title={opensAtOnce ? t("open") : t("propose")} hint={opensAtOnce ? t("openHint") : t("proposeHint")} card>
      <Form action={proposeIncidentAction} texts={await formTexts("incidents")}>
        <HiddenFields values={{ programmeId }} />
        <TextAreaField label={t("whatHappened")} hint={t("whatHappenedHint")} {...fields.whatHappened} rows={4} />
        <SelectField label={t("topic")} {...fields.topicId} defaultValue="" options={[{ value: "", label: t("noTopic") }, ...topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))]} />
        <TextField label={t("area")} hint={t("areaHint")} {...fields.area} autoComplete="off" />
        <ChoiceField legend={t("level")} hint={t("levelHint")} name={fields.level.name} required options={levels.map((value) => ({ value, label: t(`levels.${value}`) }))} defaultValue="3" />
        <div>
          <SubmitButton tone={opensAtOnce ? "danger" : "primary"}>{opensAtOnce ? t("openSubmit") : t("proposeSubmit")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { ChoiceField } from "@/components/forms/choice-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmissionKeyInput } from "@/components/forms/submission-key-input";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { reportSignalAction } from "@/app/programmes/[programmeId]/signals/actions";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { getSignalForm } from "@/lib/signals/get-signal-form";
import { reportSignalInput } from "@/lib/signals/signal-input";
import { topicLabel } from "@/lib/topics/topic-label";
import { levelKey, levels } from "./level-text";

const fields = inputPropsOf(reportSignalInput);

// Report a signal in under a minute, from a phone, with or without JavaScript.
export async function ReportSignalForm({ programmeId, options }: { programmeId: string; options: Awaited<ReturnType<typeof getSignalForm>> }) {
  const t = await getTranslations("signals");
  const common = await getTranslations("common");
  return (
    <Form action={reportSignalAction} texts={await formTexts("signals")}>
      <HiddenFields values={{ programmeId }} />
      <SubmissionKeyInput />
      <p className="rounded-lg bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-300">{t("noPersons")}</p>
      <SelectField label={t("topic")} {...fields.topicId} defaultValue="" options={[{ value: "", label: t("noTopic") }, ...options.topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))]} />
      <SelectField label={t("where")} {...fields.areaId} defaultValue="" options={[{ value: "", label: t("wholeNeighbourhood") }, ...options.areas.map((area) => ({ value: area.id, label: area.name }))]} />
      <TextAreaField label={t("what")} hint={t("whatHint")} {...fields.text} rows={3} />
      <ChoiceField legend={t("how")} {...fields.source} required layout="column" options={(["SEEN", "HEARD", "EXPECTED"] as const).map((value) => ({ value, label: t(`source.${value}`) }))} />
      <ChoiceField legend={t("howTense")} {...fields.level} required layout="column" options={levels.map((level) => ({ value: String(level), label: `${level} – ${t(levelKey(level))}` }))} />
      <ChoiceField
        legend={t("whoMayRead")}
        {...fields.visibility}
        defaultValue="ALL_MEMBERS"
        layout="column"
        options={(["ALL_MEMBERS", "PROFESSIONALS"] as const).map((value) => ({ value, label: t(`visibility.${value}`) }))}
      />
      <div>
        <SubmitButton>{t("send")}</SubmitButton>
      </div>
    </Form>
  );
}

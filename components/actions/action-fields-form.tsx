import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { CheckboxGroups } from "@/components/forms/checkbox-groups";
import { Form } from "@/components/forms/form";
import { SubmissionKeyInput } from "@/components/forms/submission-key-input";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { VersionInput } from "@/components/forms/version-input";
import { editActionInput } from "@/lib/actions/action-fields-input";
import type { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { topicLabel } from "@/lib/topics/topic-label";
import { submitActionEdit, submitNewAction } from "@/app/programmes/[programmeId]/actions/actions";
import { ActionConflictNotice } from "./action-conflict-notice";

type Options = Awaited<ReturnType<typeof getActionFormOptions>>;
const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const;
const leads = ["JOINT", "POLICE", "MUNICIPALITY", "COMMUNITY"] as const;

const fields = inputPropsOf(editActionInput);

// The fields of an action: logs a new one, or edits `options.action` (version-checked).
export async function ActionFieldsForm({ programmeId, options }: { programmeId: string; options: Options }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const current = options.action;
  const dinnerLabel = (d: Options["dinners"][number]) =>
    `${format.dateTime(d.startsAt, { timeZone: options.timeZone, dateStyle: "medium" })} · ${d.venueName}${d.status === "PLANNED" ? "" : ` (${common(`dinnerStatus.${d.status}`)})`}`;

  return (
    <Form action={current ? submitActionEdit : submitNewAction} texts={await formTexts("actions")}>
      <HiddenFields values={{ programmeId, actionId: current?.id }} />
      {current ? (
        <>
          <VersionInput version={current.version} />
          <ActionConflictNotice timeZone={options.timeZone} />
        </>
      ) : (
        <SubmissionKeyInput />
      )}
      <TextField label={t("title")} {...fields.title} defaultValue={current?.title} autoComplete="off" />
      <TextAreaField label={t("description")} hint={t("descriptionHint")} {...fields.description} defaultValue={current?.description} />
      <SelectField
        label={t("topic")}
        {...fields.topicId}
        defaultValue={current?.topicId ?? ""}
        options={[{ value: "", label: t("noTopic") }, ...options.topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))]}
      />
      <SelectField
        label={t("leadParty")}
        hint={t("leadPartyHint")}
        {...fields.leadParty}
        defaultValue={current?.leadParty ?? "JOINT"}
        options={leads.map((lead) => ({ value: lead, label: common(`parties.${lead}`) }))}
      />
      <CheckboxGroups
        legend={t("owners")}
        name={fields.ownerIds.name}
        hint={t("ownersHint")}
        defaultValues={current?.ownerIds}
        groups={parties.map((party) => ({
          label: common(`parties.${party}`),
          options: options.members.filter((m) => m.party === party).map((m) => ({ value: m.id, label: m.name })),
        }))}
      />
      <TextField label={t("dueDate")} {...fields.dueDate} type="date" defaultValue={current?.dueDate} />
      <SelectField
        label={t("agreedAt")}
        {...fields.dinnerId}
        defaultValue={current?.dinnerId ?? options.selectedDinnerId ?? ""}
        options={[{ value: "", label: t("noDinner") }, ...options.dinners.map((d) => ({ value: d.id, label: dinnerLabel(d) }))]}
      />
      <div>
        <SubmitButton>{current ? t("save") : t("create")}</SubmitButton>
      </div>
    </Form>
  );
}

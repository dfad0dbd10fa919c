import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { topicLabel } from "@/lib/topics/topic-label";
import type { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { CheckboxGroups } from "./checkbox-groups";
import { ConflictNotice } from "./conflict-notice";
import { SelectField } from "@/components/select-field";
import { TextAreaField } from "@/components/text-area-field";
import { VersionInput } from "./version-input";

type Options = Awaited<ReturnType<typeof getActionFormOptions>>;
const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const;
const leads = ["JOINT", "POLICE", "MUNICIPALITY", "COMMUNITY"] as const;

// The fields of an action, for logging a new one and for editing: a plain form.
export async function ActionFieldsForm({
  programmeId,
  options,
  action,
  submitLabel,
}: {
  programmeId: string;
  options: Options;
  action: (previous: FormState | undefined, formData: FormData) => Promise<FormState>;
  submitLabel: string;
}) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  const errorTexts = { ...(await getErrorTexts()), dropReasonRequired: t("dropReasonRequired") };
  const current = options.action;
  const statuses = { OPEN: common("actionStatus.OPEN"), IN_PROGRESS: common("actionStatus.IN_PROGRESS"), DONE: common("actionStatus.DONE"), DROPPED: common("actionStatus.DROPPED") };

  return (
    <ActionForm action={action} errorTexts={errorTexts}>
      <input type="hidden" name="programmeId" value={programmeId} />
      {current && (
        <>
          <input type="hidden" name="actionId" value={current.id} />
          <VersionInput version={current.version} />
          <ConflictNotice
            locale={locale}
            timeZone={options.timeZone}
            labels={{ heading: t("conflictHeading"), title: t("title"), status: t("status"), dueDate: t("dueDate"), noDueDate: t("noDueDate"), notes: t("notes"), latestUpdate: t("latestUpdate"), statuses }}
          />
        </>
      )}
      <Field label={t("title")} name="title" required maxLength={200} defaultValue={current?.title} autoComplete="off" />
      <TextAreaField label={t("description")} name="description" maxLength={5000} defaultValue={current?.description} />
      <SelectField
        label={t("topic")}
        name="topicId"
        defaultValue={current?.topicId ?? ""}
        options={[{ value: "", label: t("noTopic") }, ...options.topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))]}
      />
      <SelectField
        label={t("leadParty")}
        name="leadParty"
        hint={t("leadPartyHint")}
        defaultValue={current?.leadParty ?? "JOINT"}
        options={leads.map((lead) => ({ value: lead, label: common(`parties.${lead}`) }))}
      />
      <CheckboxGroups
        legend={t("owners")}
        name="ownerIds"
        hint={t("ownersHint")}
        defaultValues={current?.ownerIds}
        groups={parties.map((party) => ({
          label: common(`parties.${party}`),
          options: options.members.filter((m) => m.party === party).map((m) => ({ value: m.id, label: m.name })),
        }))}
      />
      <Field label={t("dueDate")} name="dueDate" type="date" defaultValue={current?.dueDate} />
      <SelectField
        label={t("agreedAt")}
        name="dinnerId"
        defaultValue={current?.dinnerId ?? options.selectedDinnerId ?? ""}
        options={[
          { value: "", label: t("noDinner") },
          ...options.dinners.map((d) => ({
            value: d.id,
            label: `${format.dateTime(d.startsAt, { timeZone: options.timeZone, dateStyle: "medium" })} · ${d.venueName}${d.status === "PLANNED" ? "" : ` (${common(`dinnerStatus.${d.status}`)})`}`,
          })),
        ]}
      />
      <div>
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}

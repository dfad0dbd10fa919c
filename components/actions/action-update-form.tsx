import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmissionKeyInput } from "@/components/forms/submission-key-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { VersionInput } from "@/components/forms/version-input";
import { Section } from "@/components/page/section";
import { actionUpdateInput } from "@/lib/actions/action-update-input";
import type { getAction } from "@/lib/actions/get-action";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { submitActionUpdate } from "@/app/programmes/[programmeId]/actions/actions";
import { ActionConflictNotice } from "./action-conflict-notice";

type Data = Awaited<ReturnType<typeof getAction>>;

const fields = inputPropsOf(actionUpdateInput);

// "Post progress": a note and/or a status change, for owners and the lead party.
export async function ActionUpdateForm({ programmeId, data }: { programmeId: string; data: Data }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const { action } = data;
  // Done or dropped by mistake: who may reopen sees how; anyone else whom to ask.
  const closed = action.status === "DONE" || action.status === "DROPPED";
  return (
    <Section id="update" title={t("postUpdate")} card>
      <Form action={submitActionUpdate} texts={await formTexts("actions")}>
        <HiddenFields values={{ programmeId, actionId: action.id }} />
        <VersionInput version={action.version} />
        <SubmissionKeyInput />
        <ActionConflictNotice timeZone={data.timeZone} />
        <TextAreaField label={t("note")} hint={t("noteHint")} {...fields.text} />
        {data.nextStatuses.length > 0 && (
          <SelectField
            label={t("changeStatus")}
            {...fields.status}
            defaultValue=""
            options={[
              { value: "", label: t("keepStatus", { status: common(`actionStatus.${action.status}`) }) },
              ...data.nextStatuses.map((status) => ({ value: status, label: common(`actionStatus.${status}`) })),
            ]}
          />
        )}
        <div>
          <SubmitButton>{t("saveUpdate")}</SubmitButton>
        </div>
      </Form>
      {closed && data.nextStatuses.includes("OPEN") && (
        <Form action={submitActionUpdate} texts={await formTexts("actions")} aria-label={t("reopenTitle")}>
          <HiddenFields values={{ programmeId, actionId: action.id, status: "OPEN", text: "" }} />
          <VersionInput version={action.version} />
        <SubmissionKeyInput />
          <p className="text-sm text-slate-700">{t("reopenHint", { status: common(`actionStatus.${action.status}`) })}</p>
          <div>
            <SubmitButton tone="secondary">{t("reopen")}</SubmitButton>
          </div>
        </Form>
      )}
      {closed && !data.nextStatuses.includes("OPEN") && <p className="text-sm text-slate-700">{t("reopenAskCoordinator", { status: common(`actionStatus.${action.status}`) })}</p>}
    </Section>
  );
}

import { FormLink } from "@/components/page/form-link";
import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { Protocol } from "@/lib/incidents/get-protocol";
import { saveProtocolInput } from "@/lib/incidents/incident-input";
import { saveProtocolAction } from "@/app/programmes/[programmeId]/protocol/actions";

const fields = inputPropsOf(saveProtocolInput) as Record<string, { name: string; maxLength?: number; required?: boolean }>;

// The coordinator agrees a new version of the first-step protocol: seldom, so the form opens
// from its link (`?form=edit#edit-protocol`) and the page every member reads stays light.
export async function ProtocolForm({ programmeId, data, open }: { programmeId: string; data: Protocol; open: boolean }) {
  const t = await getTranslations("incidents.protocol");
  if (!open) return <FormLink href={`/programmes/${programmeId}/protocol?form=edit#edit-protocol`}>{t("edit")}</FormLink>;
  const common = await getTranslations("common");
  return (
    <Section id="edit-protocol" title={t("edit")} hint={t("editHint")} card>
      <Form action={saveProtocolAction} texts={await formTexts("incidents")}>
        <HiddenFields values={{ programmeId, basedOn: data.protocol?.version ?? 0 }} />
        {data.parties.map((step) => {
          const options = [{ value: "", label: t("nobody") }, ...data.members.filter((m) => m.party === step.party).map((m) => ({ value: m.id, label: m.name }))];
          return (
            <fieldset key={step.party} className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-300 p-3">
              <legend className="px-1 font-semibold">{common(`parties.${step.party}`)}</legend>
              <SelectField label={t("firstContact")} {...fields[`${step.party}_firstContactId`]!} options={options} defaultValue={step.firstContact?.id ?? ""} />
              <SelectField label={t("backup")} {...fields[`${step.party}_backupId`]!} options={options} defaultValue={step.backup?.id ?? ""} />
              <TextAreaField label={t("firstHour")} hint={t("firstHourHint")} {...fields[`${step.party}_firstHour`]!} defaultValue={step.firstHour} rows={2} />
              <TextAreaField label={t("firstDay")} {...fields[`${step.party}_firstDay`]!} defaultValue={step.firstDay} rows={2} />
            </fieldset>
          );
        })}
        <div>
          <SubmitButton>{t("save")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

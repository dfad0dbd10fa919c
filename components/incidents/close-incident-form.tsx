import { FormLink } from "@/components/page/form-link";
import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { IncidentPage } from "@/lib/incidents/get-incident";
import { closeIncidentInput } from "@/lib/incidents/incident-input";
import { closeIncidentAction } from "@/app/programmes/[programmeId]/incidents/[incidentId]/actions";

const fields = inputPropsOf(closeIncidentInput);

// Closing asks for a short review; it goes on the next dinner's agenda ("what did we learn").
export async function CloseIncidentForm({ programmeId, data, open }: { programmeId: string; data: IncidentPage; open: boolean }) {
  const t = await getTranslations("incidents.close");
  if (data.incident.status === "CLOSED") {
    return (
      <Section id="review" title={t("reviewTitle")} card>
        <p className="break-words whitespace-pre-line">{data.incident.review}</p>
        <p className="text-sm">{t("onAgenda")}</p>
      </Section>
    );
  }
  if (!data.may.manage) return null;
  if (!open) return <FormLink href={`/programmes/${programmeId}/incidents/${data.incident.id}?form=close#close`}>{t("title")}</FormLink>;
  return (
    <Section id="close" title={t("title")} hint={t("hint")} card>
      <Form action={closeIncidentAction} texts={await formTexts("incidents")}>
        <HiddenFields values={{ programmeId, incidentId: data.incident.id, version: data.incident.version }} />
        <TextAreaField label={t("review")} hint={t("reviewHint")} {...fields.review} rows={4} />
        <CheckboxField label={t("confirm")} name={fields.confirm.name} />
        <div>
          <SubmitButton tone="danger">{t("submit")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

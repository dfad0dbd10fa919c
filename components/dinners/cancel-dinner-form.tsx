import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { cancelDinnerAction } from "@/app/programmes/[programmeId]/dinners/actions";

// Cancelling e-mails everyone who answered; it needs a ticked confirmation.
export async function CancelDinner({ programmeId, dinnerId, version }: { programmeId: string; dinnerId: string; version: number }) {
  const t = await getTranslations("dinners");
  return (
    <div className="rounded-xl bg-red-50 p-4 ring-1 ring-red-200">
      <Section id="cancel" title={t("cancelDinner")} hint={t("cancelExplain")}>
        <Form action={cancelDinnerAction} texts={await formTexts("dinners")}>
          <HiddenFields values={{ programmeId, dinnerId, version }} />
          <CheckboxField label={t("cancelConfirm")} name="confirm" />
          <div>
            <SubmitButton tone="danger">{t("cancelDinner")}</SubmitButton>
          </div>
        </Form>
      </Section>
    </div>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetCalendarInput } from "@/lib/calendar/reset-calendar-input";
import { inputPropsOf } from "@/lib/forms/input-props";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { resetCalendarTokenAction } from "@/app/account/calendar/actions";

const fields = inputPropsOf(resetCalendarInput);

// A new feed address; the old one stops working at once (after a confirming tick).
export async function ResetCalendarFeed() {
  const t = await getTranslations("calendar");
  return (
    <Section id="reset-feed" title={t("resetTitle")} hint={t("resetHint")} card>
      <Form action={resetCalendarTokenAction} texts={await formTexts("calendar")}>
        <CheckboxField label={t("confirmReset")} {...fields.confirm} />
        <div>
          <SubmitButton>{t("reset")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

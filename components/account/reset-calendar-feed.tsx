import { getTranslations } from "next-intl/server";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { resetCalendarTokenAction } from "@/app/account/calendar/actions";

// A new feed address; the old one stops working at once.
export async function ResetCalendarFeed() {
  const t = await getTranslations("calendar");
  return (
    <Section id="reset-feed" title={t("resetTitle")} hint={t("resetHint")} card>
      <Form action={resetCalendarTokenAction} texts={await formTexts("calendar")}>
        <div>
          <SubmitButton>{t("reset")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { signOutEverywhereAction } from "@/app/account/session-actions";

// Ends every session of the person, on every device.
export async function SignOutEverywhere() {
  const t = await getTranslations("account");
  return (
    <Section id="sessions" title={t("sessionsTitle")} hint={t("sessionsIntro")} card>
      <Form action={signOutEverywhereAction} texts={await formTexts("account")}>
        <div>
          <SubmitButton>{t("signOutEverywhere")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

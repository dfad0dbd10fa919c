import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { requestSignInInput } from "@/lib/auth/sign-in-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { requestSignIn } from "@/app/signin/actions";

const fields = inputPropsOf(requestSignInInput);

// Asks for a one-time sign-in link by e-mail.
export async function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = await getTranslations("signin");
  return (
    <Form action={requestSignIn} texts={await formTexts("signin")}>
      <HiddenFields values={{ callbackUrl }} />
      <TextField label={t("email")} {...fields.email} type="email" autoComplete="email" inputMode="email" />
      <div>
        <SubmitButton>{t("send")}</SubmitButton>
      </div>
    </Form>
  );
}

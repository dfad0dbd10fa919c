import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { inputPropsOf } from "@/lib/forms/input-props";
import { acceptInvitationInput } from "@/lib/invitations/accept-invitation-input";

const fields = inputPropsOf(acceptInvitationInput);

// A plain form posting to the accept route handler, which the browser itself follows
// into the one-time sign-in link (see decisions). The route sends errors back as `?error=`.
export async function AcceptInvitationForm({ token, email, error }: { token: string; email: string; error?: string }) {
  const t = await getTranslations("invitations");
  const errorText = error === "phone" ? t("answers.phone") : error ? t("answers.unavailable") : undefined;
  return (
    <form method="post" action={`/invitations/${encodeURIComponent(token)}/accept`} className="flex flex-col gap-4">
      {errorText && (
        <p role="alert" className="rounded-lg bg-red-100 p-3 text-red-900">
          {errorText}
        </p>
      )}
      <p className="text-sm text-slate-700 break-words">{t("acceptedFor", { email })}</p>
      <TextField label={t("phone")} hint={t("phoneHint")} {...fields.phone} type="tel" autoComplete="tel" aria-invalid={error === "phone" ? true : undefined} />
      <CheckboxField label={t("consent")} {...fields.consentToSharePhone} />
      <div>
        <SubmitButton>{t("accept")}</SubmitButton>
      </div>
    </form>
  );
}

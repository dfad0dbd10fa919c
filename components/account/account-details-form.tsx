import { getTranslations } from "@/lib/i18n/server";
import { FieldsetFrame } from "@/components/forms/fieldset-frame";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Section } from "@/components/page/section";
import { updateAccountInput } from "@/lib/account/account-input";
import type { getAccount } from "@/lib/account/get-account";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { updateAccountAction } from "@/app/account/actions";

type Account = Awaited<ReturnType<typeof getAccount>>;

const fields = inputPropsOf(updateAccountInput);

// The person's own details, and per programme whether its members see the phone number.
export async function AccountDetailsForm({ account }: { account: Account }) {
  const t = await getTranslations("account");
  const languages = [
    { value: "", label: t("languageBrowser") },
    { value: "en", label: t("languages.en") },
    { value: "nl", label: t("languages.nl") },
  ];
  return (
    <Section id="details" title={t("detailsTitle")} card>
      <p className="break-words">
        {t("email")}: {account.email}
      </p>
      <Form action={updateAccountAction} texts={await formTexts("account")}>
        <HiddenFields values={{ version: account.version }} />
        <TextField label={t("name")} {...fields.name} defaultValue={account.name} autoComplete="name" />
        <TextField label={t("phone")} {...fields.phone} type="tel" defaultValue={account.phone ?? ""} autoComplete="tel" />
        <SelectField label={t("language")} {...fields.locale} options={languages} defaultValue={account.locale ?? ""} />
        <TextField label={t("dietaryNeeds")} hint={t("dietaryHint")} {...fields.dietaryNeeds} defaultValue={account.dietaryNeeds ?? ""} />
        {account.memberships.length > 0 && (
          <FieldsetFrame legend={t("sharePhoneTitle")} name={fields.sharePhoneWith.name} hint={t("sharePhoneHint")}>
            <input type="hidden" name={fields.consentShown.name} value="on" />
            {account.memberships.map((membership) => (
              <label key={membership.id} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name={fields.sharePhoneWith.name} value={membership.id} defaultChecked={membership.consentToSharePhone} className="size-5 shrink-0" />
                {t("sharePhoneWith", { programme: membership.programme.name })}
              </label>
            ))}
          </FieldsetFrame>
        )}
        <div>
          <SubmitButton>{t("save")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { eraseAccountInput } from "@/lib/account/account-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { eraseAccountAction } from "@/app/account/actions";

const fields = inputPropsOf(eraseAccountInput);

// Erasing the person's data, behind a confirmation: it cannot be undone.
export async function EraseAccountForm() {
  const t = await getTranslations("account");
  return (
    <Form action={eraseAccountAction} texts={await formTexts("account")}>
      <CheckboxField label={t("eraseConfirm")} name={fields.confirm.name} />
      <div>
        <SubmitButton tone="danger">{t("eraseSubmit")}</SubmitButton>
      </div>
    </Form>
  );
}

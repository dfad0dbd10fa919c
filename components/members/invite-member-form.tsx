import { getLocale, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { inviteMemberInput } from "@/lib/invitations/invitation-input";
import { inviteMemberAction } from "@/app/programmes/[programmeId]/members/actions";
import { partyOptions, roleOptions } from "./membership-options";

const fields = inputPropsOf(inviteMemberInput);

// Invites someone by e-mail, in the language they read.
export async function InviteMemberForm({ programmeId }: { programmeId: string }) {
  const t = await getTranslations("members");
  const languages = (["nl", "en"] as const).map((value) => ({ value, label: t(`languages.${value}`) }));
  return (
    <Form action={inviteMemberAction} texts={await formTexts("members")}>
      <HiddenFields values={{ programmeId }} />
      <TextField label={t("name")} {...fields.name} autoComplete="off" />
      <TextField label={t("email")} {...fields.email} type="email" autoComplete="off" />
      <SelectField label={t("party")} {...fields.party} options={await partyOptions()} />
      <SelectField label={t("role")} {...fields.role} options={await roleOptions()} />
      <TextField label={t("organisation")} {...fields.organisation} />
      <SelectField label={t("language")} {...fields.locale} options={languages} defaultValue={await getLocale()} />
      <div>
        <SubmitButton>{t("send")}</SubmitButton>
      </div>
    </Form>
  );
}

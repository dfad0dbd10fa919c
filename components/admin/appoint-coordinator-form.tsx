import { getLocale, getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { partyOptions } from "@/components/members/membership-options";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { appointCoordinatorInput } from "@/lib/admin/programme-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { appointCoordinatorAction } from "@/app/admin/programmes/actions";

const fields = inputPropsOf(appointCoordinatorInput);

// Invites a programme's (first) coordinator by e-mail.
export async function AppointCoordinatorForm({ programmes, open }: { programmes: { id: string; name: string }[]; open: boolean }) {
  const t = await getTranslations("admin");
  if (!open) return <FormLink href="/admin/programmes?form=appoint#appoint">{t("appointTitle")}</FormLink>;
  const languages = (["nl", "en"] as const).map((value) => ({ value, label: t(`languages.${value}`) }));
  return (
    <Section id="appoint" title={t("appointTitle")} hint={t("appointIntro")} card>
      <Form action={appointCoordinatorAction} texts={await formTexts("admin")}>
        <SelectField label={t("programme")} {...fields.programmeId} options={programmes.map((p) => ({ value: p.id, label: p.name }))} />
        <TextField label={t("coordinatorName")} {...fields.name} autoComplete="off" />
        <TextField label={t("email")} {...fields.email} type="email" autoComplete="off" />
        <SelectField label={t("party")} {...fields.party} options={await partyOptions(["MUNICIPALITY", "POLICE", "COMMUNITY"])} />
        <TextField label={t("organisation")} {...fields.organisation} />
        <SelectField label={t("language")} {...fields.locale} options={languages} defaultValue={await getLocale()} />
        <div>
          <SubmitButton>{t("appoint")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

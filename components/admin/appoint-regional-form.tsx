import { getLocale, getTranslations } from "@/lib/i18n/server";
import { CheckboxGroups } from "@/components/forms/checkbox-groups";
import { Form } from "@/components/forms/form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { appointRegionalInput } from "@/lib/admin/regional-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { appointRegionalAction } from "@/app/admin/programmes/actions";

const fields = inputPropsOf(appointRegionalInput);

// The site admin appoints a regional coordinator for a set of programmes.
export async function AppointRegionalForm({ programmes, open }: { programmes: { id: string; name: string }[]; open: boolean }) {
  const t = await getTranslations("regional");
  if (!open) return <FormLink href="/admin/programmes?form=appoint-regional#appoint-regional">{t("appointTitle")}</FormLink>;
  const admin = await getTranslations("admin");
  const languages = (["nl", "en"] as const).map((value) => ({ value, label: admin(`languages.${value}`) }));
  return (
    <Section id="appoint-regional" title={t("appointTitle")} hint={t("appointIntro")} card>
      <Form action={appointRegionalAction} texts={await formTexts("regional")}>
        <TextField label={t("name")} {...fields.name} autoComplete="off" />
        <TextField label={t("email")} {...fields.email} type="email" autoComplete="off" />
        <SelectField label={t("language")} {...fields.locale} options={languages} defaultValue={await getLocale()} />
        <CheckboxGroups legend={t("programmes_legend")} name={fields.programmeIds.name} groups={[{ label: t("programmes_legend"), options: programmes.map((p) => ({ value: p.id, label: p.name })) }]} />
        <div>
          <SubmitButton>{t("appoint")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

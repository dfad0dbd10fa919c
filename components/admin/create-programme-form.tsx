import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { FormLink } from "@/components/page/form-link";
import { Section } from "@/components/page/section";
import { createProgrammeInput } from "@/lib/admin/programme-input";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { createProgrammeAction } from "@/app/admin/programmes/actions";

const fields = inputPropsOf(createProgrammeInput);

// A new programme; it starts with the four standard topics.
export async function CreateProgrammeForm({ open }: { open: boolean }) {
  const t = await getTranslations("admin");
  if (!open) return <FormLink href="/admin/programmes?form=create#create">{t("createTitle")}</FormLink>;
  return (
    <Section id="create" title={t("createTitle")} card>
      <Form action={createProgrammeAction} texts={await formTexts("admin")}>
        <TextField label={t("name")} {...fields.name} />
        <TextField label={t("municipality")} {...fields.municipality} />
        <TextField label={t("policeTeam")} {...fields.policeTeam} />
        <TextField label={t("neighbourhood")} {...fields.neighbourhood} />
        <TextField label={t("timeZone")} hint={t("timeZoneHint")} {...fields.timeZone} defaultValue="Europe/Amsterdam" />
        <TextField label={t("target")} {...fields.dinnersPerYearTarget} type="number" inputMode="numeric" defaultValue={5} required />
        <div>
          <SubmitButton>{t("create")}</SubmitButton>
        </div>
      </Form>
    </Section>
  );
}

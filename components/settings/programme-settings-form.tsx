import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldsetFrame } from "@/components/forms/fieldset-frame";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { VersionInput } from "@/components/forms/version-input";
import { Section } from "@/components/page/section";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import { type getProgrammeSettings, reminderDayChoices } from "@/lib/programmes/get-programme-settings";
import { programmeSettingsInput } from "@/lib/programmes/programme-settings-input";
import { updateProgrammeSettingsAction } from "@/app/programmes/[programmeId]/settings/actions";

type Settings = Awaited<ReturnType<typeof getProgrammeSettings>>;

const fields = inputPropsOf(programmeSettingsInput);

// The programme's planning rules and reminder days, saved together.
export async function ProgrammeSettingsForm({ settings }: { settings: Settings }) {
  const t = await getTranslations("settings");
  const current = settings.reminderDaysBefore;
  return (
    <Form action={updateProgrammeSettingsAction} texts={await formTexts("settings")}>
      <HiddenFields values={{ programmeId: settings.id }} />
      <VersionInput version={settings.version} />
      <Section id="planning" title={t("planningLegend")} card>
        <TextField label={t("target")} {...fields.dinnersPerYearTarget} type="number" inputMode="numeric" defaultValue={settings.dinnersPerYearTarget} />
        <CheckboxField label={t("policeMayPlan")} name={fields.policeMayPlanDinners.name} defaultChecked={settings.policeMayPlanDinners} />
      </Section>
      <Section id="reminders" title={t("title")} hint={t("intro")} card>
        <p className="font-medium">{current.length ? t("currently", { days: current.join(", ") }) : t("currentlyOff")}</p>
        <FieldsetFrame legend={t("legend")} name={fields.days.name} hint={t("offHint")}>
          {reminderDayChoices.map((days) => (
            <label key={days} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name={fields.days.name} value={days} defaultChecked={current.includes(days)} className="size-5 shrink-0" />
              {t("daysBefore", { days })}
            </label>
          ))}
        </FieldsetFrame>
      </Section>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}

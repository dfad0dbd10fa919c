import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Section } from "@/components/page/section";
import { addSignalAreaAction, setSignalAreaArchivedAction, updateSignalSettingsAction } from "@/app/programmes/[programmeId]/signals/actions";
import { formTexts } from "@/lib/forms/form-texts";
import { inputPropsOf } from "@/lib/forms/input-props";
import type { getSignalSettings } from "@/lib/signals/get-signal-settings";
import { addSignalAreaInput, signalSettingsInput } from "@/lib/signals/signal-input";

const settingsFields = inputPropsOf(signalSettingsInput);
const areaFields = inputPropsOf(addSignalAreaInput);

// The coordinator's part: pulse interval (empty: off), alert threshold, retention, and
// the list of parts of the neighbourhood.
export async function SignalSettingsForm({ programmeId, data }: { programmeId: string; data: Awaited<ReturnType<typeof getSignalSettings>> }) {
  const t = await getTranslations("signals");
  const texts = await formTexts("signals");
  const { settings, areas } = data;
  return (
    <>
      <Section id="settings" title={t("settingsTitle")} card>
        <Form action={updateSignalSettingsAction} texts={texts}>
          <HiddenFields values={{ programmeId, version: settings.version }} />
          <TextField label={t("pulseEveryDays")} hint={t("pulseEveryDaysHint")} {...settingsFields.pulseEveryDays} inputMode="numeric" defaultValue={settings.pulseEveryDays ?? ""} />
          <TextField label={t("alertLevel")} hint={t("alertLevelHint")} {...settingsFields.alertLevel} type="number" defaultValue={settings.alertLevel} />
          <TextField label={t("retentionMonths")} hint={t("retentionMonthsHint")} {...settingsFields.retentionMonths} type="number" defaultValue={settings.retentionMonths} />
          <div>
            <SubmitButton>{t("save")}</SubmitButton>
          </div>
        </Form>
      </Section>
      <Section id="areas" title={t("areasTitle")} hint={t("areasHint")} card>
        <ul className="flex flex-col divide-y divide-slate-200">
          {areas.map((area) => (
            <li key={area.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className={area.archivedAt ? "text-slate-700 line-through" : ""}>{area.name}</span>
              <Form action={setSignalAreaArchivedAction} texts={texts} className="flex" aria-label={area.name}>
                <HiddenFields values={{ programmeId, areaId: area.id, archived: area.archivedAt ? "false" : "true" }} />
                <SubmitButton tone="secondary" aria-label={`${area.archivedAt ? t("restore") : t("archive")}: ${area.name}`}>
                  {area.archivedAt ? t("restore") : t("archive")}
                </SubmitButton>
              </Form>
            </li>
          ))}
        </ul>
        <Form action={addSignalAreaAction} texts={texts}>
          <HiddenFields values={{ programmeId }} />
          <TextField label={t("areaName")} {...areaFields.name} autoComplete="off" />
          <div>
            <SubmitButton>{t("addArea")}</SubmitButton>
          </div>
        </Form>
      </Section>
    </>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { getProgrammeSettings, reminderDayChoices } from "@/lib/programmes/get-programme-settings";
import { updateProgrammeSettingsAction } from "./actions";

export const generateMetadata = pageTitle("settings.pageTitle");

export default async function ProgrammeSettingsPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/settings`;
  const viewer = await requirePageViewer(path);
  const settings = await loadForPage(() => getProgrammeSettings(viewer, programmeId));
  const { saved } = await searchParams;
  const t = await getTranslations("settings");
  const errorTexts = await getErrorTexts();
  const current = settings.reminderDaysBefore;

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
        {saved === "1" && (
          <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
            {t("saved")}
          </p>
        )}
        <ActionForm action={updateProgrammeSettingsAction} errorTexts={errorTexts} className="flex flex-col gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <input type="hidden" name="programmeId" value={programmeId} />
          <input type="hidden" name="version" value={settings.version} />
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-1 text-lg font-semibold">{t("planningLegend")}</legend>
            <Field label={t("target")} name="dinnersPerYearTarget" type="number" inputMode="numeric" min={1} max={24} required defaultValue={settings.dinnersPerYearTarget} />
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="policeMayPlanDinners" defaultChecked={settings.policeMayPlanDinners} className="size-5" />
              {t("policeMayPlan")}
            </label>
          </fieldset>
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 text-lg font-semibold">{t("title")}</legend>
            <p>{t("intro")}</p>
            <p className="font-medium">{current.length ? t("currently", { days: current.join(", ") }) : t("currentlyOff")}</p>
            <p className="mt-2 font-semibold">{t("legend")}</p>
            {reminderDayChoices.map((days) => (
              <label key={days} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="days" value={days} defaultChecked={current.includes(days)} className="size-5" />
                {t("daysBefore", { days })}
              </label>
            ))}
            <p className="text-sm text-slate-700">{t("offHint")}</p>
          </fieldset>
          <div>
            <SubmitButton>{t("save")}</SubmitButton>
          </div>
        </ActionForm>
      </main>
    </>
  );
}

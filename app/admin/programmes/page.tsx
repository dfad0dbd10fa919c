import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { listProgrammes } from "@/lib/admin/list-programmes";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { appointCoordinatorAction, createProgrammeAction } from "./actions";

export const generateMetadata = pageTitle("admin.title");

export default async function AdminProgrammesPage() {
  const path = "/admin/programmes";
  const viewer = await requirePageViewer(path);
  const programmes = await loadForPage(() => listProgrammes(viewer));
  const t = await getTranslations("admin");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const errorTexts = await getErrorTexts("admin");
  const parties = (["MUNICIPALITY", "POLICE", "COMMUNITY"] as const).map((value) => ({ value, label: common(`parties.${value}`) }));
  const languages = (["nl", "en"] as const).map((value) => ({ value, label: t(`languages.${value}`) }));

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 p-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p>{t("intro")}</p>
        </div>
        {programmes.length === 0 ? (
          <p>{t("noProgrammes")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-2 md:grid-cols-2">
            {programmes.map((programme) => (
              <li key={programme.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <p className="font-semibold break-words">{programme.name}</p>
                <p className="text-sm text-slate-700">
                  {programme.neighbourhood} · {programme.municipality} · {t("members")}: {programme.members}
                </p>
              </li>
            ))}
          </ul>
        )}

        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <section aria-labelledby="create" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="create" className="mb-3 text-lg font-semibold">
              {t("createTitle")}
            </h2>
            <ActionForm action={createProgrammeAction} errorTexts={errorTexts} successText={t("created")}>
              <Field label={t("name")} name="name" required maxLength={200} />
              <Field label={t("municipality")} name="municipality" required maxLength={200} />
              <Field label={t("policeTeam")} name="policeTeam" required maxLength={200} />
              <Field label={t("neighbourhood")} name="neighbourhood" required maxLength={200} />
              <Field label={t("timeZone")} hint={t("timeZoneHint")} name="timeZone" defaultValue="Europe/Amsterdam" required maxLength={64} />
              <Field label={t("target")} name="dinnersPerYearTarget" type="number" min={1} max={52} defaultValue={5} required />
              <div>
                <SubmitButton>{t("create")}</SubmitButton>
              </div>
            </ActionForm>
          </section>

          {programmes.length > 0 && (
            <section aria-labelledby="appoint" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h2 id="appoint" className="text-lg font-semibold">
                {t("appointTitle")}
              </h2>
              <p className="mb-3">{t("appointIntro")}</p>
              <ActionForm action={appointCoordinatorAction} errorTexts={errorTexts} successText={t("appointed")}>
                <SelectField label={t("programme")} name="programmeId" options={programmes.map((p) => ({ value: p.id, label: p.name }))} />
                <Field label={t("coordinatorName")} name="name" required maxLength={200} autoComplete="off" />
                <Field label={t("email")} name="email" type="email" required maxLength={254} autoComplete="off" />
                <SelectField label={t("party")} name="party" options={parties} />
                <Field label={t("organisation")} name="organisation" maxLength={200} />
                <SelectField label={t("language")} name="locale" options={languages} defaultValue={locale} />
                <div>
                  <SubmitButton>{t("appoint")}</SubmitButton>
                </div>
              </ActionForm>
            </section>
          )}
        </div>
      </main>
    </>
  );
}

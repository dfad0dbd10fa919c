import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { Field } from "@/components/field";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { getAccount } from "@/lib/account/get-account";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { signOutEverywhereAction } from "@/app/account/session-actions";
import { updateAccountAction } from "./actions";

export const generateMetadata = pageTitle("account.title");

export default async function AccountPage() {
  const path = "/account";
  const viewer = await requirePageViewer(path);
  const account = await loadForPage(() => getAccount(viewer));
  const t = await getTranslations("account");
  const errorTexts = await getErrorTexts("account");
  const languages = [
    { value: "", label: t("languageBrowser") },
    { value: "en", label: t("languages.en") },
    { value: "nl", label: t("languages.nl") },
  ];

  return (
    <>
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-6 p-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>

        <section aria-labelledby="details" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="details" className="mb-3 text-lg font-semibold">
            {t("detailsTitle")}
          </h2>
          <p className="mb-3 break-words">
            {t("email")}: {account.email}
          </p>
          <ActionForm action={updateAccountAction} errorTexts={errorTexts} successText={t("saved")}>
            <Field label={t("name")} name="name" defaultValue={account.name} required maxLength={200} autoComplete="name" />
            <Field label={t("phone")} name="phone" type="tel" defaultValue={account.phone ?? ""} maxLength={40} autoComplete="tel" />
            <SelectField label={t("language")} name="locale" options={languages} defaultValue={account.locale ?? ""} />
            <Field label={t("dietaryNeeds")} hint={t("dietaryHint")} name="dietaryNeeds" defaultValue={account.dietaryNeeds ?? ""} maxLength={500} />
            {account.memberships.length > 0 && (
              <fieldset className="flex flex-col gap-2">
                <legend className="font-medium">{t("sharePhoneTitle")}</legend>
                <input type="hidden" name="consentShown" value="1" />
                <p className="text-sm text-slate-600">{t("sharePhoneHint")}</p>
                {account.memberships.map((membership) => (
                  <CheckboxField
                    key={membership.id}
                    name="sharePhoneWith"
                    value={membership.id}
                    defaultChecked={membership.consentToSharePhone}
                    label={t("sharePhoneWith", { programme: membership.programme.name })}
                  />
                ))}
              </fieldset>
            )}
            <div>
              <SubmitButton>{t("save")}</SubmitButton>
            </div>
          </ActionForm>
        </section>

        <section aria-labelledby="calendar" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="calendar" className="text-lg font-semibold">
            {t("calendarTitle")}
          </h2>
          <p className="mt-2">
            <Link href="/account/calendar">{t("calendarLink")}</Link>
          </p>
        </section>

        <section aria-labelledby="sessions" className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="sessions" className="text-lg font-semibold">
            {t("sessionsTitle")}
          </h2>
          <p>{t("sessionsIntro")}</p>
          <ActionForm action={signOutEverywhereAction} errorTexts={errorTexts}>
            <div>
              <SubmitButton>{t("signOutEverywhere")}</SubmitButton>
            </div>
          </ActionForm>
        </section>

        <section aria-labelledby="data" className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="data" className="text-lg font-semibold">
            {t("dataTitle")}
          </h2>
          <p>
            <a href="/account/export" download>
              {t("export")}
            </a>
          </p>
          <p className="text-sm text-slate-600">{t("exportHint")}</p>
          <p>
            <Link href="/account/erase" className="text-red-800">
              {t("erase")}
            </Link>
          </p>
        </section>
      </main>
    </>
  );
}

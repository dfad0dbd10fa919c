import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SubmitButton } from "@/components/submit-button";
import { requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { eraseAccountAction } from "../actions";

export const generateMetadata = pageTitle("account.eraseTitle");

export default async function EraseAccountPage() {
  const path = "/account/erase";
  const viewer = await requirePageViewer(path);
  const t = await getTranslations("account");
  const errorTexts = await getErrorTexts("members", "account");
  return (
    <>
      <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("eraseTitle")}</h1>
        <p>{t("eraseIntro")}</p>
        <ActionForm action={eraseAccountAction} errorTexts={errorTexts}>
          <CheckboxField name="confirm" value="yes" label={t("eraseConfirm")} />
          <div>
            <SubmitButton className="bg-red-800 hover:bg-red-900">{t("eraseSubmit")}</SubmitButton>
          </div>
        </ActionForm>
        <p>
          <Link href="/account">{t("cancel")}</Link>
        </p>
      </main>
    </>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";

export const generateMetadata = pageTitle("signin.checkEmailTitle");

export default async function CheckEmailPage() {
  const t = await getTranslations("signin");
  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto max-w-xl p-4">
        <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
        <p role="status" className="mt-3">
          {t("sent")}
        </p>
      </main>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";

export const metadata: Metadata = { title: "Check your e-mail" };

export default async function CheckEmailPage() {
  const t = await getTranslations("signin");
  return (
    <>
      <AppHeader viewer={null} returnTo="/signin/check-email" />
      <main id="main" className="mx-auto max-w-xl p-4">
        <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
        <p role="status" className="mt-3">
          {t("sent")}
        </p>
      </main>
    </>
  );
}

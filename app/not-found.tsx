import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";

// Absent and denied look the same (loadForPage, routeHandler): in the member's language,
// with the app's header so they can go on from here.
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <>
      <AppHeader />
      <main id="main" className="mx-auto max-w-xl p-4">
        <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
        <p className="mt-2">{t("notFoundBody")}</p>
        <p className="mt-4">
          <Link href="/" className="inline-flex min-h-11 items-center">
            {t("home")}
          </Link>
        </p>
      </main>
    </>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { Page } from "@/components/page/page";

// Absent and denied look the same (loadForPage, routeHandler): in the member's language,
// with the app's header so they can go on from here.
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <>
      <AppHeader />
      <Page title={t("notFoundTitle")} intro={t("notFoundBody")} width="narrow">
        <p>
          <Link href="/" className="inline-flex min-h-11 items-center">
            {t("home")}
          </Link>
        </p>
      </Page>
    </>
  );
}

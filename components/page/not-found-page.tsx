import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Page } from "./page";

// Absent and denied look the same (loadForPage, routeHandler): in the member's language,
// with a way back. The header comes from around it (app/not-found.tsx, or the programme
// layout for a programme's pages).
export async function NotFoundPage() {
  const t = await getTranslations("common");
  return (
    <Page title={t("notFoundTitle")} intro={t("notFoundBody")} width="narrow">
      <p>
        <Link href="/" className="inline-flex min-h-11 items-center">
          {t("home")}
        </Link>
      </p>
    </Page>
  );
}

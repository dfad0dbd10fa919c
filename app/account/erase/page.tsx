import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { EraseAccountForm } from "@/components/account/erase-account-form";
import { Page } from "@/components/page/page";
import { requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("account.eraseTitle");

export default async function EraseAccountPage() {
  await requirePageViewer("/account/erase");
  const t = await getTranslations("account");
  return (
    <Page title={t("eraseTitle")} intro={t("eraseIntro")} width="narrow">
      <EraseAccountForm />
      <p>
        <Link href="/account">{t("cancel")}</Link>
      </p>
    </Page>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";

export const generateMetadata = pageTitle("signin.checkEmailTitle");

export default async function CheckEmailPage() {
  const t = await getTranslations("signin");
  return (
    <Page title={t("checkEmailTitle")} width="narrow">
      <p role="status">{t("sent")}</p>
    </Page>
  );
}

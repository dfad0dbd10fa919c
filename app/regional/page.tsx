import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { RegionalTable } from "@/components/regional/regional-table";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getRegionalView } from "@/lib/regional/get-regional-view";

export const generateMetadata = pageTitle("regional.title");

// A regional coordinator's programmes side by side: figures only, no way into a programme.
export default async function RegionalPage() {
  const viewer = await requirePageViewer("/regional");
  const programmes = await loadForPage(() => getRegionalView(viewer));
  const t = await getTranslations("regional");
  return (
    <Page title={t("title")} intro={t("intro")} width="wide">
      <RegionalTable programmes={programmes} />
    </Page>
  );
}

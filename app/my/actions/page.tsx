import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { MyActionGroup } from "@/components/actions/my-action-group";
import { Page } from "@/components/page/page";
import { dueSoonDays, listMyActions } from "@/lib/actions/list-my-actions";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("myActions.title");

// The open actions I own in all my programmes: overdue, due soon, later.
export default async function MyActionsPage() {
  const viewer = await requirePageViewer("/my/actions");
  const mine = await loadForPage(() => listMyActions(viewer));
  const t = await getTranslations("myActions");

  return (
    <Page title={t("title")} intro={mine.total === 0 ? t("nothingOpen") : t("intro")} width="wide">
      <MyActionGroup id="overdue" heading={t("overdue")} empty={t("noneOverdue")} rows={mine.overdue} alert />
      <MyActionGroup id="due-soon" heading={t("dueSoon", { days: dueSoonDays })} empty={t("noneDueSoon", { days: dueSoonDays })} rows={mine.dueSoon} />
      <MyActionGroup id="later" heading={t("later")} empty={t("noneLater")} rows={mine.later} />
    </Page>
  );
}

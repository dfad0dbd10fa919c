import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { LaterDinners } from "@/components/dinners/later-dinners";
import { MyProgrammes } from "@/components/dinners/my-programmes";
import { NextDinner } from "@/components/dinners/next-dinner";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getMyDinners } from "@/lib/dinners/get-my-dinners";

// The start page: the member's next dinner, answerable in one tap (also without JavaScript),
// then their other upcoming dinners and their programmes. No layout gives it a header.
export default async function HomePage() {
  const viewer = await requirePageViewer("/");
  const mine = await loadForPage(() => getMyDinners(viewer));
  const common = await getTranslations("common");
  const t = await getTranslations("dinners");

  return (
    <>
      <AppHeader />
      {mine.programmes.length === 0 ? (
        <Page title={common("appName")}>
          <p>{common("noProgrammes")}</p>
        </Page>
      ) : (
        <Page title={t("myNextDinner")}>
          <NextDinner next={mine.next} />
          <LaterDinners later={mine.later} />
          <MyProgrammes programmes={mine.programmes} />
        </Page>
      )}
    </>
  );
}

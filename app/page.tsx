import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/app-header";
import { LaterDinners } from "@/components/dinners/later-dinners";
import { MyProgrammes } from "@/components/dinners/my-programmes";
import { NextDinner } from "@/components/dinners/next-dinner";
import { Page } from "@/components/page/page";
import { RegionalLink } from "@/components/regional/regional-link";
import { TrustCheckCard } from "@/components/trust/trust-check-card";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getMyDinners } from "@/lib/dinners/get-my-dinners";
import { countMyRegionalProgrammes } from "@/lib/regional/count-my-regional-programmes";
import { getMyTrustChecks } from "@/lib/trust/get-my-trust-checks";
import { readRsvpOutcome } from "@/lib/dinners/rsvp-outcome";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("dinners.myNextDinner");

// The start page: the member's next dinner, answerable in one tap (also without JavaScript),
// then their other upcoming dinners and their programmes. No layout gives it a header.
export default async function HomePage({ searchParams }: { searchParams: Promise<{ rsvp?: string; rsvpDinner?: string }> }) {
  const outcome = readRsvpOutcome(await searchParams);
  const viewer = await requirePageViewer("/");
  // Side by side: none needs another's answer (the page members open most; issue 10).
  const [mine, trustChecks, regionalProgrammes] = await Promise.all([
    loadForPage(() => getMyDinners(viewer)),
    loadForPage(() => getMyTrustChecks(viewer)),
    loadForPage(() => countMyRegionalProgrammes(viewer)),
  ]);
  const common = await getTranslations("common");
  const t = await getTranslations("dinners");

  return (
    <>
      <AppHeader />
      {mine.programmes.length === 0 ? (
        <Page title={common("appName")}>
          {regionalProgrammes === 0 && <p>{common("noProgrammes")}</p>}
          <RegionalLink count={regionalProgrammes} />
        </Page>
      ) : (
        <Page title={t("myNextDinner")}>
          <TrustCheckCard checks={trustChecks} />
          <NextDinner next={mine.next} outcome={outcome} />
          <LaterDinners later={mine.later} />
          <MyProgrammes programmes={mine.programmes} />
        </Page>
      )}
    </>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { AppHeader } from "@/components/app-header";
import { LaterDinners } from "@/components/dinners/later-dinners";
import { MyProgrammes } from "@/components/dinners/my-programmes";
import { NextDinner } from "@/components/dinners/next-dinner";
import { Page } from "@/components/page/page";
import { RegionalLink } from "@/components/regional/regional-link";
import { TrustCheckCard } from "@/components/trust/trust-check-card";
import { requirePageViewerWith } from "@/lib/auth/pages";
import { startPagePart } from "@/lib/dinners/get-start-page";
import { readRsvpOutcome } from "@/lib/dinners/rsvp-outcome";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("dinners.myNextDinner", { ownSegment: true });

// The start page: the member's next dinner, answerable in one tap (also without JavaScript),
// then their other upcoming dinners and their programmes. No layout gives it a header.
export default async function HomePage({ searchParams }: { searchParams: Promise<{ rsvp?: string; rsvpDinner?: string }> }) {
  const outcome = readRsvpOutcome(await searchParams);
  // One statement for the whole page, the viewer included: the page members open most (issue 10).
  const { part: mine } = await requirePageViewerWith("/", startPagePart());
  const common = await getTranslations("common");
  const t = await getTranslations("dinners");

  return (
    <>
      <AppHeader />
      {mine.programmes.length === 0 ? (
        <Page title={common("appName")}>
          {mine.regionalProgrammes === 0 && <p>{common("noProgrammes")}</p>}
          <RegionalLink count={mine.regionalProgrammes} />
        </Page>
      ) : (
        <Page title={t("myNextDinner")}>
          <TrustCheckCard checks={mine.trustChecks} />
          <NextDinner next={mine.next} outcome={outcome} />
          <LaterDinners later={mine.later} />
          <MyProgrammes programmes={mine.programmes} />
        </Page>
      )}
    </>
  );
}

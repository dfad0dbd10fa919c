import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { ActionsSummary } from "@/components/overview/actions-summary";
import { DinnersThisYear } from "@/components/overview/dinners-this-year";
import { NextDinner } from "@/components/overview/next-dinner";
import { OverdueActions } from "@/components/overview/overdue-actions";
import { Page } from "@/components/page/page";
import { ContactHealth } from "@/components/contact/contact-health";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { FirstRun } from "@/components/overview/first-run";
import { can } from "@/lib/auth/policy";

export const generateMetadata = pageTitle("overview.title");

// The programme at a glance: the next dinner, the year's dinners, the actions.
export default async function ProgrammeOverviewPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}`);
  // One statement, the contact health and (for coordinators) the first steps included (decision 029).
  const overview = await loadForPage(() => getProgrammeOverview(viewer, programmeId));
  const t = await getTranslations("overview");
  const { programme, nextDinner, dinners, actions, contactHealth, firstRun } = overview;

  return (
    <Page title={programme.name} intro={`${programme.neighbourhood} · ${programme.municipality} · ${programme.policeTeam}`} width="wide">
      {firstRun && <FirstRun programmeId={programmeId} firstRun={firstRun} />}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <NextDinner dinner={nextDinner} timeZone={programme.timeZone} planHref={can(viewer, "dinner.plan", programmeId) ? `/programmes/${programmeId}/dinners/new` : undefined} />
        <DinnersThisYear year={overview.year} dinners={dinners} />
        <ActionsSummary actions={actions} />
      </div>
      {actions.overdueList.length > 0 && <OverdueActions actions={actions.overdueList} />}
      <ContactHealth health={contactHealth} />
      {programme.groupChatUrl && (
        <p>
          <a href={programme.groupChatUrl} rel="noopener noreferrer">
            {t("openGroupChat")}
          </a>
        </p>
      )}
    </Page>
  );
}

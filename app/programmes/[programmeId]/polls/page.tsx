import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { PollList } from "@/components/polls/poll-list";
import { LinkButton } from "@/components/page/link-button";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { listOpenPolls } from "@/lib/polls/list-open-polls";

export const generateMetadata = pageTitle("polls.listTitle");

// The open date polls; planners propose new dates from here.
export default async function PollsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const base = `/programmes/${programmeId}/polls`;
  const viewer = await requirePageViewer(base);
  const data = await loadForPage(() => listOpenPolls(viewer, programmeId));
  const t = await getTranslations("polls");

  return (
    <Page title={t("listTitle")} intro={t("listIntro")}>
      {data.canPlan && (
        <p>
          <LinkButton href={`${base}/new`}>{t("newPoll")}</LinkButton>
        </p>
      )}
      <PollList base={base} data={data} />
    </Page>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { NewPollForm } from "@/components/polls/new-poll-form";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getNewPollForm } from "@/lib/polls/get-new-poll-form";

export const generateMetadata = pageTitle("polls.newTitle");

// Propose dates for a dinner (planners).
export default async function NewPollPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/polls/new`);
  const programme = await loadForPage(() => getNewPollForm(viewer, programmeId));
  const t = await getTranslations("polls");

  return (
    <Page title={t("newTitle")} back={{ href: `/programmes/${programmeId}/polls`, label: t("listTitle") }}>
      <NewPollForm programmeId={programmeId} timeZone={programme.timeZone} />
    </Page>
  );
}

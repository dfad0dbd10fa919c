import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Page } from "@/components/page/page";
import { Pager } from "@/components/page/pager";
import { TopicActions } from "@/components/topics/topic-actions";
import { TopicDiscussions } from "@/components/topics/topic-discussions";
import { parsePage } from "@/lib/actions/list-actions";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getTopicHistory } from "@/lib/topics/get-topic-history";
import { topicLabel } from "@/lib/topics/topic-label";

export const generateMetadata = pageTitle("topics.detailPageTitle");

// A topic's history: where it was discussed and what was agreed on it.
export default async function TopicPage({ params, searchParams }: { params: Promise<{ programmeId: string; topicId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { programmeId, topicId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/topics/${topicId}`);
  const page = parsePage((await searchParams).page);
  const history = await loadForPage(() => getTopicHistory(viewer, programmeId, topicId, page));
  const t = await getTranslations("topics");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { topic, timeZone } = history;

  return (
    <Page
      title={topicLabel(topic, common)}
      intro={topic.archivedAt && t("archivedSince", { date: format.dateTime(topic.archivedAt, { timeZone, dateStyle: "medium" }) })}
      back={{ href: `/programmes/${programmeId}/topics`, label: t("backToTopics") }}
    >
      <TopicDiscussions programmeId={programmeId} history={history} />
      <TopicActions programmeId={programmeId} history={history} />
      <Pager path={`/programmes/${programmeId}/topics/${topicId}`} query={{}} page={history.page} pages={history.pages} />
    </Page>
  );
}

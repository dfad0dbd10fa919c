import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { EmptyState } from "@/components/page/empty-state";
import { Page } from "@/components/page/page";
import { AddTopic } from "@/components/topics/add-topic";
import { TopicList } from "@/components/topics/topic-list";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { listTopics } from "@/lib/topics/list-topics";

export const generateMetadata = pageTitle("topics.title");

// The programme's topics; coordinators archive them and add their own.
export default async function TopicsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/topics`);
  const data = await loadForPage(() => listTopics(viewer, programmeId));
  const t = await getTranslations("topics");

  return (
    <Page title={t("title")} intro={t("intro")} back={{ href: `/programmes/${programmeId}/actions`, label: t("backToActions") }}>
      {data.topics.length === 0 ? (
        <EmptyState text={t("emptyNone")} next={t(data.canManage ? "emptyNoneNext" : "emptyNoneNextReader")} />
      ) : (
        <TopicList programmeId={programmeId} data={data} />
      )}
      {data.canManage && <AddTopic programmeId={programmeId} />}
    </Page>
  );
}

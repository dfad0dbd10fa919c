import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Form } from "@/components/forms/form";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Card } from "@/components/page/card";
import { formTexts } from "@/lib/forms/form-texts";
import type { listTopics } from "@/lib/topics/list-topics";
import { topicLabel } from "@/lib/topics/topic-label";
import { setTopicArchivedAction } from "@/app/programmes/[programmeId]/topics/actions";

type Data = Awaited<ReturnType<typeof listTopics>>;

// Every topic with how often it was used; those who manage topics archive or reuse them.
export async function TopicList({ programmeId, data }: { programmeId: string; data: Data }) {
  const t = await getTranslations("topics");
  const common = await getTranslations("common");
  const texts = await formTexts("topics");
  return (
    <ul className="flex flex-col gap-3">
      {data.topics.map((topic) => {
        const label = topicLabel(topic, common);
        return (
          <Card as="li" key={topic.id} className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <Link href={`/programmes/${programmeId}/topics/${topic.id}`} className="text-lg font-semibold break-words">
                {label}
              </Link>
              <p className="text-sm text-slate-700">
                {topic.key ? t("standard") : t("own")} · {t("usage", { items: topic.agendaItemCount, actions: topic.actionCount })}
                {topic.archivedAt && ` · ${t("archived")}`}
              </p>
            </div>
            {data.canManage && (
              <Form action={setTopicArchivedAction} texts={texts} className="">
                <HiddenFields values={{ programmeId, topicId: topic.id, archived: topic.archivedAt ? "false" : "true" }} />
                <SubmitButton tone="secondary" aria-label={t(topic.archivedAt ? "unarchiveLabel" : "archiveLabel", { name: label })}>
                  {t(topic.archivedAt ? "unarchive" : "archive")}
                </SubmitButton>
              </Form>
            )}
          </Card>
        );
      })}
    </ul>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Field } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { listTopics } from "@/lib/topics/list-topics";
import { topicLabel } from "@/lib/topics/topic-label";
import { createTopicAction, setTopicArchivedAction } from "./actions";

export const generateMetadata = pageTitle("topics.title");

export default async function TopicsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/topics`;
  const viewer = await requirePageViewer(path);
  const data = await loadForPage(() => listTopics(viewer, programmeId));
  const t = await getTranslations("topics");
  const common = await getTranslations("common");
  const errorTexts = { ...(await getErrorTexts()), topicExists: t("topicExists"), topicAdded: t("topicAdded") };

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/actions`}>{t("backToActions")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <ul className="flex flex-col gap-3">
          {data.topics.map((topic) => {
            const label = topicLabel(topic, common);
            return (
              <li key={topic.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <div>
                  <Link href={`${path}/${topic.id}`} className="text-lg font-semibold break-words">
                    {label}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {topic.key ? t("standard") : t("own")} · {t("usage", { items: topic.agendaItemCount, actions: topic.actionCount })}
                    {topic.archivedAt && ` · ${t("archived")}`}
                  </p>
                </div>
                {data.canManage && (
                  <ActionForm action={setTopicArchivedAction} errorTexts={errorTexts} className="">
                    <input type="hidden" name="programmeId" value={programmeId} />
                    <input type="hidden" name="topicId" value={topic.id} />
                    <input type="hidden" name="archived" value={topic.archivedAt ? "false" : "true"} />
                    <button type="submit" className="min-h-11 rounded-lg border border-slate-500 px-3" aria-label={t(topic.archivedAt ? "unarchiveLabel" : "archiveLabel", { name: label })}>
                      {t(topic.archivedAt ? "unarchive" : "archive")}
                    </button>
                  </ActionForm>
                )}
              </li>
            );
          })}
        </ul>

        {data.canManage && (
          <section aria-labelledby="add-topic" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 id="add-topic" className="text-lg font-semibold">
              {t("addTopic")}
            </h2>
            <ActionForm action={createTopicAction} errorTexts={errorTexts} className="mt-2 flex flex-col gap-4">
              <input type="hidden" name="programmeId" value={programmeId} />
              <Field label={t("name")} name="name" required maxLength={80} autoComplete="off" />
              <div>
                <SubmitButton>{t("add")}</SubmitButton>
              </div>
            </ActionForm>
          </section>
        )}
      </main>
    </>
  );
}

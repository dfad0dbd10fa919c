import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionTitleRow } from "@/components/actions/action-status-badge";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getTopicHistory } from "@/lib/topics/get-topic-history";
import { topicLabel } from "@/lib/topics/topic-label";

export const generateMetadata = pageTitle("topics.detailPageTitle");

export default async function TopicPage({ params }: { params: Promise<{ programmeId: string; topicId: string }> }) {
  const { programmeId, topicId } = await params;
  const path = `/programmes/${programmeId}/topics/${topicId}`;
  const viewer = await requirePageViewer(path);
  const { topic, timeZone, agendaItems, actions } = await loadForPage(() => getTopicHistory(viewer, programmeId, topicId));
  const t = await getTranslations("topics");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { timeZone, dateStyle: "medium" });

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/topics`}>{t("backToTopics")}</Link>
        </p>
        <div>
          <h1 className="text-2xl font-bold break-words">{topicLabel(topic, common)}</h1>
          {topic.archivedAt && <p className="text-slate-700">{t("archivedSince", { date: day(topic.archivedAt) })}</p>}
        </div>

        <section aria-labelledby="discussed" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="discussed" className="text-lg font-semibold">
            {t("discussedAt")}
          </h2>
          {agendaItems.length === 0 ? (
            <p className="mt-2">{t("notDiscussed")}</p>
          ) : (
            <ol className="mt-2 flex flex-col divide-y divide-slate-200">
              {agendaItems.map((item) => (
                <li key={item.id} className="py-2">
                  <p className="text-sm text-slate-700">
                    <Link href={`/programmes/${programmeId}/dinners/${item.dinner.id}/agenda`}>
                      {day(item.dinner.startsAt)} · {item.dinner.venueName}
                    </Link>
                    {item.visibility === "PROFESSIONALS" && ` · ${t("professionalsOnly")}`}
                  </p>
                  <h3 className="font-semibold break-words">{item.title}</h3>
                  {item.notes && <p className="whitespace-pre-line break-words">{item.notes}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="agreed" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="agreed" className="text-lg font-semibold">
            {t("actionsAgreed")}
          </h2>
          {actions.length === 0 ? (
            <p className="mt-2">{t("noActions")}</p>
          ) : (
            <ol className="mt-2 flex flex-col divide-y divide-slate-200">
              {actions.map((action) => (
                <li key={action.id} className="flex flex-col gap-1 py-2">
                  <ActionTitleRow href={`/programmes/${programmeId}/actions/${action.id}`} title={action.title} status={action.status} label={common(`actionStatus.${action.status}`)} />
                  <p className="text-sm text-slate-700">
                    {t("agreed", { date: day(action.dinner?.startsAt ?? action.createdAt) })} · {common(`parties.${action.leadParty}`)}
                    {action.dueDate && ` · ${t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) })}`}
                  </p>
                  {action.status === "DONE" && action.completedAt && <p className="text-sm">{t("completedOn", { date: day(action.completedAt) })}</p>}
                  {action.status === "DROPPED" && action.dropReason && <p className="text-sm break-words">{t("droppedBecause", { reason: action.dropReason })}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
      </main>
    </>
  );
}

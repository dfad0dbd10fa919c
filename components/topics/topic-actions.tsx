import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ActionTitleRow } from "@/components/actions/action-status-badge";
import { Section } from "@/components/page/section";
import type { getTopicHistory } from "@/lib/topics/get-topic-history";

type History = Awaited<ReturnType<typeof getTopicHistory>>;

// The actions agreed on this topic, with how each ended.
export async function TopicActions({ programmeId, history }: { programmeId: string; history: History }) {
  const t = await getTranslations("topics");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { actions, timeZone } = history;
  const day = (date: Date) => format.dateTime(date, { timeZone, dateStyle: "medium" });
  return (
    <Section id="agreed" title={t("actionsAgreed")} card>
      {actions.length === 0 ? (
        <p>{t("noActions")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200">
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
    </Section>
  );
}

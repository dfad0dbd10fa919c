import { getFormatter, getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { ActionTitleRow } from "@/components/actions/action-status-badge";
import { Section } from "@/components/page/section";
import { isOverdue } from "@/lib/actions/overdue";
import type { getAgenda } from "@/lib/agenda/get-agenda";
import { topicLabel } from "@/lib/topics/topic-label";

type Action = Awaited<ReturnType<typeof getAgenda>>["actionsToReview"][number];

// The agenda's first part: actions still open from earlier dinners, grouped by topic with
// how many are open (and overdue). One group at a time shows its oldest few, with a link to
// all of the topic's open actions: the group asked for (`?review=<topic>`, a plain link,
// works without JavaScript), or the only one. Bounded whatever the history, and small: the
// closed groups are one line each, not hidden markup the phone still downloads (issue 10).
export async function ActionsToReview({ programmeId, actions, today, open }: { programmeId: string; actions: Action[]; today: Date; open?: string }) {
  const t = await getTranslations("agenda");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { timeZone: "UTC", dateStyle: "medium" });
  const groups = new Map<string, { topic: Action["topic"]; count: number; overdue: number; actions: Action[] }>();
  for (const action of actions) {
    const key = action.group.topicId ?? noTopic;
    const group = groups.get(key) ?? { topic: action.topic, count: action.group.count, overdue: action.group.overdue, actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  }
  return (
    <Section id="review" title={t("actionsToReview")} hint={t("actionsToReviewHint")} card>
      {groups.size === 0 ? (
        <p>{t("nothingToReview")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200">
          {[...groups.entries()].map(([key, group]) => {
            const line = (
              <>
                {group.topic ? topicLabel(group.topic, common) : t("noTopic")} · {t("reviewCount", { count: group.count })}
                {group.overdue > 0 && <span className="text-red-800"> · {t("reviewOverdue", { count: group.overdue })}</span>}
              </>
            );
            if (groups.size > 1 && key !== open) {
              return (
                <li key={key} className="py-2">
                  <a href={`?review=${key}#review`} className="font-semibold">
                    {line}
                  </a>
                </li>
              );
            }
            return (
              <li key={key} className="py-2">
                <h3 className="font-semibold">{line}</h3>
                <ol className="flex flex-col divide-y divide-slate-200">
                  {group.actions.map((action) => (
                    <li key={action.id} className="flex flex-col gap-1 py-2">
                      <ActionTitleRow href={`/programmes/${programmeId}/actions/${action.id}`} title={action.title} status={action.status} label={common(`actionStatus.${action.status}`)} />
                      <p className="text-sm text-slate-700">
                        {t("lead", { party: common(`parties.${action.leadParty}`) })} · {t("owners", { names: action.owners.map((o) => `${o.name} (${common(`parties.${o.party}`)})`).join(", ") })}
                      </p>
                      {action.dueDate && (
                        <p className={isOverdue(action, today) ? "text-sm font-semibold text-red-800" : "text-sm text-slate-700"}>
                          {isOverdue(action, today) ? t("overdueSince", { date: day(action.dueDate) }) : t("due", { date: day(action.dueDate) })}
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
                {group.count > group.actions.length && (
                  <p className="text-sm">
                    <Link className="underline" href={`/programmes/${programmeId}/actions?status=active${group.topic ? `&topic=${group.topic.id}` : ""}`}>
                      {t("reviewAll", { count: group.count })}
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

// The `?review=` value of the actions without a topic.
const noTopic = "none";

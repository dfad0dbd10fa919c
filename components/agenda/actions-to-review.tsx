import { getFormatter, getTranslations } from "next-intl/server";
import { ActionTitleRow } from "@/components/actions/action-status-badge";
import { Section } from "@/components/page/section";
import { isOverdue } from "@/lib/actions/overdue";
import type { getAgenda } from "@/lib/agenda/get-agenda";

type Action = Awaited<ReturnType<typeof getAgenda>>["actionsToReview"][number];

// The agenda's first part: actions still open from earlier dinners.
export async function ActionsToReview({ programmeId, actions, today }: { programmeId: string; actions: Action[]; today: Date }) {
  const t = await getTranslations("agenda");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { timeZone: "UTC", dateStyle: "medium" });
  return (
    <Section id="review" title={t("actionsToReview")} hint={t("actionsToReviewHint")} card>
      {actions.length === 0 ? (
        <p>{t("nothingToReview")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200">
          {actions.map((action) => (
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
      )}
    </Section>
  );
}

import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import type { listActions } from "@/lib/actions/list-actions";
import { topicLabel } from "@/lib/topics/topic-label";
import { ActionTitleRow } from "./action-status-badge";

type Action = Awaited<ReturnType<typeof listActions>>["actions"][number];

// The filtered actions, with their count announced after filtering.
// With `total`, the count is of all matching actions (the list shows one page of them).
// `empty`: what the page shows when nothing matches (issue 14).
export async function ActionList({ programmeId, actions, total, empty }: { programmeId: string; actions: Action[]; total?: number; empty?: React.ReactNode }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  return (
    <>
      <p role="status" className="text-slate-700">
        {t("count", { count: total ?? actions.length })}
      </p>
      {actions.length === 0 && empty}
      {actions.length > 0 && (
        <ul className="flex flex-col gap-3">
          {actions.map((action) => (
            <Card as="li" key={action.id}>
              <ActionTitleRow href={`/programmes/${programmeId}/actions/${action.id}`} title={action.title} status={action.status} label={common(`actionStatus.${action.status}`)} large />
              {/* One line of facts: a page of actions stays small (issue 10). */}
              <p className="mt-1 text-sm text-slate-700">
                {[
                  t("ledBy", { party: common(`parties.${action.leadParty}`) }),
                  action.topic && topicLabel(action.topic, common),
                  action.dueDate && t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) }),
                  t("ownersList", { names: action.owners.map((o) => o.name).join(", ") }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </Card>
          ))}
        </ul>
      )}
    </>
  );
}

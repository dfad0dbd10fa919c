import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getAction } from "@/lib/actions/get-action";

type Data = Awaited<ReturnType<typeof getAction>>;

// Every update, newest first, ending with when the action was logged.
export async function ActionTimeline({ data }: { data: Data }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { action, timeZone } = data;
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { timeZone, dateStyle: "medium", timeStyle: "short", hourCycle: "h23" })}</time>;
  return (
    <Section id="timeline" title={t("timeline")} card>
      <ol className="flex flex-col divide-y divide-slate-200">
        {action.updates.map((update) => (
          <li key={update.id} className="py-2">
            <p className="text-sm text-slate-700">
              {when(update.createdAt)}
              {update.author && ` · ${update.author.name} (${common(`parties.${update.author.party}`)})`}
            </p>
            {update.toStatus && (
              <p className="font-medium">
                {update.fromStatus
                  ? t("statusChanged", { from: common(`actionStatus.${update.fromStatus}`), to: common(`actionStatus.${update.toStatus}`) })
                  : common(`actionStatus.${update.toStatus}`)}
              </p>
            )}
            {update.text && <p className="whitespace-pre-line break-words">{update.text}</p>}
          </li>
        ))}
        <li className="py-2">
          <p className="text-sm text-slate-700">
            {when(action.createdAt)}
            {action.createdBy && ` · ${action.createdBy.name} (${common(`parties.${action.createdBy.party}`)})`}
          </p>
          <p>{t("logged")}</p>
        </li>
      </ol>
    </Section>
  );
}

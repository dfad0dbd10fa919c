import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getAction } from "@/lib/actions/get-action";
import { topicLabel } from "@/lib/topics/topic-label";

type Data = Awaited<ReturnType<typeof getAction>>;

// What was agreed: description, lead party, topic, due date, the dinner, and how it ended.
export async function ActionDetails({ programmeId, data }: { programmeId: string; data: Data }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { action, timeZone } = data;
  const rows: { label: string; value: React.ReactNode; multiline?: boolean }[] = [
    { label: t("leadParty"), value: common(`parties.${action.leadParty}`) },
    { label: t("topic"), value: action.topic ? <Link href={`/programmes/${programmeId}/topics/${action.topic.id}`}>{topicLabel(action.topic, common)}</Link> : t("noTopic") },
    { label: t("dueDate"), value: action.dueDate ? format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) : t("noDueDate") },
    {
      label: t("agreedAt"),
      value: action.dinner ? (
        <Link href={`/programmes/${programmeId}/dinners/${action.dinner.id}/agenda`}>
          {format.dateTime(action.dinner.startsAt, { timeZone, dateStyle: "medium" })} · {action.dinner.venueName}
        </Link>
      ) : (
        t("noDinner")
      ),
    },
    ...(action.completedAt ? [{ label: t("completedAt"), value: format.dateTime(action.completedAt, { timeZone, dateStyle: "medium", timeStyle: "short", hourCycle: "h23" }) }] : []),
    ...(action.status === "DROPPED" && action.dropReason ? [{ label: t("dropReason"), value: action.dropReason, multiline: true }] : []),
  ];
  return (
    <Section id="details" title={t("details")} card>
      {action.description && <p className="whitespace-pre-line break-words">{action.description}</p>}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-medium">{row.label}</dt>
            <dd className={row.multiline ? "whitespace-pre-line break-words" : undefined}>{row.value}</dd>
          </div>
        ))}
      </dl>
      {data.canEdit && (
        <p>
          <Link href={`/programmes/${programmeId}/actions/${action.id}/edit`} className="inline-flex min-h-11 items-center">
            {t("editLink")}
          </Link>
        </p>
      )}
    </Section>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import type { getTopicHistory } from "@/lib/topics/get-topic-history";

type History = Awaited<ReturnType<typeof getTopicHistory>>;

// The agenda items on this topic the viewer may read, newest dinner first.
export async function TopicDiscussions({ programmeId, history }: { programmeId: string; history: History }) {
  const t = await getTranslations("topics");
  const format = await getFormatter();
  const { agendaItems, timeZone } = history;
  return (
    <Section id="discussed" title={t("discussedAt")} card>
      {agendaItems.length === 0 ? (
        <p>{t("notDiscussed")}</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200">
          {agendaItems.map((item) => (
            <li key={item.id} className="py-2">
              <p className="text-sm text-slate-700">
                <Link href={`/programmes/${programmeId}/dinners/${item.dinner.id}/agenda`}>
                  {format.dateTime(item.dinner.startsAt, { timeZone, dateStyle: "medium" })} · {item.dinner.venueName}
                </Link>
                {item.visibility === "PROFESSIONALS" && ` · ${t("professionalsOnly")}`}
              </p>
              <h3 className="font-semibold break-words">{item.title}</h3>
              {item.notes && <p className="whitespace-pre-line break-words">{item.notes}</p>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

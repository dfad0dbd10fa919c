import Link from "next/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import type { listOpenPolls } from "@/lib/polls/list-open-polls";

type OpenPolls = Awaited<ReturnType<typeof listOpenPolls>>;

// The open date polls, each with whether the member has answered it yet.
export async function PollList({ base, data }: { base: string; data: OpenPolls }) {
  const t = await getTranslations("polls");
  const format = await getFormatter();
  if (data.polls.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {data.polls.map((poll) => (
        <Card as="li" key={poll.id}>
          <Link href={`${base}/${poll.id}`} className="text-lg font-semibold">
            {poll.title}
          </Link>
          <p className="text-sm text-slate-700">
            {t("options", { count: poll.optionCount })} · {format.dateTime(poll.createdAt, { timeZone: data.programme.timeZone, dateStyle: "medium" })} ·{" "}
            {poll.answered ? t("answered") : <strong>{t("notAnswered")}</strong>}
          </p>
        </Card>
      ))}
    </ul>
  );
}

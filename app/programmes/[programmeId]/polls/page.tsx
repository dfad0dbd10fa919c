import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { listOpenPolls } from "@/lib/polls/list-open-polls";

export const generateMetadata = pageTitle("polls.listTitle");

export default async function PollsPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/polls`;
  const viewer = await requirePageViewer(path);
  const { programme, polls, canPlan } = await loadForPage(() => listOpenPolls(viewer, programmeId));
  const t = await getTranslations("polls");
  const format = await getFormatter();

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
        <p className="text-slate-700">{t("listIntro")}</p>
        {canPlan && (
          <p>
            <Link href={`${path}/new`} className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-900">
              {t("newPoll")}
            </Link>
          </p>
        )}
        {polls.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {polls.map((poll) => (
              <li key={poll.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <Link href={`${path}/${poll.id}`} className="text-lg font-semibold">
                  {poll.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {t("options", { count: poll.optionCount })} · {format.dateTime(poll.createdAt, { timeZone: programme.timeZone, dateStyle: "medium" })} ·{" "}
                  {poll.answered ? t("answered") : <strong>{t("notAnswered")}</strong>}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}

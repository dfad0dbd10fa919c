import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Icon } from "@/components/icons";
import { Section } from "@/components/page/section";
import type { FirstRun as FirstRunData } from "@/lib/programmes/first-run";

function Step({ done, title, children, doneText, todoText }: { done: boolean; title: string; children: React.ReactNode; doneText: string; todoText: string }) {
  return (
    <li className={`flex gap-3 rounded-lg p-3 ring-1 ${done ? "bg-green-50 ring-green-700" : "bg-white ring-stone-300"}`}>
      <span aria-hidden="true" className={`mt-0.5 grid size-7 shrink-0 place-items-center rounded-full text-sm font-bold ${done ? "bg-green-800 text-white" : "border-2 border-slate-500 text-slate-700"}`}>
        {done ? "✓" : ""}
      </span>
      <div className="flex min-w-0 flex-col gap-1">
        <h3 className="font-semibold">
          {title} <span className="sr-only">({done ? doneText : todoText})</span>
        </h3>
        {children}
      </div>
    </li>
  );
}

// A new programme's first steps on its overview, for coordinators (issue 14), each checked
// off by the data itself until the whole path is done and the section goes away.
export async function FirstRun({ programmeId, firstRun }: { programmeId: string; firstRun: FirstRunData }) {
  if (firstRun.done) return null;
  const t = await getTranslations("overview.firstRun");
  const common = await getTranslations("common");
  const base = `/programmes/${programmeId}`;
  const doneCount = Object.values(firstRun.steps).filter(Boolean).length;
  return (
    <Section id="first-run" title={t("title")} hint={t("progress", { done: doneCount, total: 3 })} card>
      <ol className="flex flex-col gap-2">
        <Step done={firstRun.steps.invite} title={t("inviteTitle")} doneText={t("done")} todoText={t("todo")}>
          <p className="text-sm text-slate-700">{t("inviteHint")}</p>
          <ul className="flex flex-wrap gap-2 text-sm">
            {firstRun.parties.map((p) => (
              <li key={p.party} className={`inline-flex items-center gap-1 rounded-full px-2 py-1 ring-1 ${p.done ? "bg-green-50 text-green-900 ring-green-700" : "text-slate-800 ring-slate-400"}`}>
                <Icon name="party" className="size-4" />
                {common(`parties.${p.party}`)}: {p.done ? t("partyReady", { members: p.members, invited: p.invited }) : t("partyNobody")}
              </li>
            ))}
          </ul>
          {!firstRun.steps.invite && (
            <p>
              <Link href={`${base}/members/invite`}>{t("inviteLink")}</Link>
            </p>
          )}
        </Step>
        <Step done={firstRun.steps.dinner} title={t("dinnerTitle")} doneText={t("done")} todoText={t("todo")}>
          <p className="text-sm text-slate-700">{t("dinnerHint", { target: firstRun.target, weeks: firstRun.weeksBetween })}</p>
          {!firstRun.steps.dinner && (
            <p>
              <Link href={`${base}/dinners/new`}>{t("dinnerLink")}</Link>
            </p>
          )}
        </Step>
        <Step done={firstRun.steps.groupChat} title={t("chatTitle")} doneText={t("done")} todoText={t("todo")}>
          <p className="text-sm text-slate-700">{t("chatHint")}</p>
          {!firstRun.steps.groupChat && (
            <p>
              <Link href={`${base}/members#group-chat`}>{t("chatLink")}</Link>
            </p>
          )}
        </Step>
      </ol>
    </Section>
  );
}

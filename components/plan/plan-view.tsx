import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { Card } from "@/components/page/card";
import { Section } from "@/components/page/section";
import type { getProgrammePlan } from "@/lib/plan/get-programme-plan";
import { topicLabel } from "@/lib/topics/topic-label";

type Plan = Awaited<ReturnType<typeof getProgrammePlan>>;
export const planParties = [
  { party: "POLICE", field: "policeRole" },
  { party: "MUNICIPALITY", field: "municipalityRole" },
  { party: "COMMUNITY", field: "communityRole" },
] as const;

// The current plan: vision, goals per topic, who is in charge of what, when it is due for review.
export async function PlanView({ plan }: { plan: Plan }) {
  const t = await getTranslations("plan");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { current, programme } = plan;
  const day = (d: Date) => format.dateTime(d, { timeZone: programme.timeZone, day: "numeric", month: "long", year: "numeric" });
  if (!current) return <p>{plan.canEdit ? t("noPlanEditor") : t("noPlan")}</p>;
  const goalOf = new Map(current.goals.map((g) => [g.topicId, g.goal]));
  return (
    <>
      <p className="text-sm text-slate-700">
        {t("version", { version: current.version })} ·{" "}
        {current.authorName ? t("savedBy", { date: day(current.createdAt), name: current.authorName }) : t("savedOn", { date: day(current.createdAt) })}
        {plan.reviewDue && (
          <>
            {" · "}
            <strong className={plan.reviewOverdue ? "text-red-800" : undefined}>{plan.reviewOverdue ? t("reviewOverdue", { date: day(plan.reviewDue) }) : t("reviewDue", { date: day(plan.reviewDue) })}</strong>
          </>
        )}
      </p>
      <Section id="vision" title={t("vision")} card>
        <p className="whitespace-pre-line break-words">{current.vision}</p>
      </Section>
      <Section id="goals" title={t("goals")} card>
        <dl className="flex flex-col gap-3">
          {plan.topics.map((topic) => (
            <div key={topic.id}>
              <dt className="font-medium">{topicLabel(topic, common)}</dt>
              <dd className="whitespace-pre-line break-words">{goalOf.get(topic.id) ?? <span className="text-slate-700">{t("noGoal")}</span>}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="roles" title={t("roles")} card>
        <dl className="flex flex-col gap-3">
          {planParties.map(({ party, field }) => (
            <div key={party}>
              <dt className="font-medium">{common(`parties.${party}`)}</dt>
              <dd className="whitespace-pre-line break-words">{current[field] || "—"}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </>
  );
}

// Every saved version, newest first.
export async function PlanHistory({ plan }: { plan: Plan }) {
  const t = await getTranslations("plan");
  const format = await getFormatter();
  if (plan.history.length === 0) return null;
  const day = (d: Date) => format.dateTime(d, { timeZone: plan.programme.timeZone, day: "numeric", month: "long", year: "numeric" });
  return (
    <Section id="history" title={t("history")} hint={t("historyIntro")}>
      <ol className="flex flex-col gap-3">
        {plan.history.map((version) => (
          <Card as="li" key={version.id}>
            <h3 className="font-semibold">
              {t("version", { version: version.version })}
              {version.reviewedUnchanged && <span className="ml-2 text-sm font-normal">({t("reviewedUnchanged")})</span>}
            </h3>
            <p className="text-sm text-slate-700">{version.authorName ? t("savedBy", { date: day(version.createdAt), name: version.authorName }) : t("savedOn", { date: day(version.createdAt) })}</p>
            <details className="mt-1">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-900">{t("vision")}</summary>
              <p className="whitespace-pre-line break-words">{version.vision}</p>
            </details>
          </Card>
        ))}
      </ol>
    </Section>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/select-field";
import { ActionTitleRow } from "@/components/actions/action-status-badge";
import { actionListStatusFilters, leadParties, parseActionFilters } from "@/lib/actions/action-filters";
import { listActions } from "@/lib/actions/list-actions";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { topicLabel } from "@/lib/topics/topic-label";

export const generateMetadata = pageTitle("actions.title_list");

export default async function ActionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/actions`;
  const viewer = await requirePageViewer(path);
  const filters = parseActionFilters(await searchParams);
  const data = await loadForPage(() => listActions(viewer, programmeId, filters));
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const format = await getFormatter();

  return (
    <>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">{t("title_list")}</h1>
          <div className="flex flex-wrap gap-3">
            <Link href={`/programmes/${programmeId}/topics`} className="inline-flex min-h-11 items-center">
              {t("topicsLink")}
            </Link>
            {data.canCreate && (
              <Link href={`${path}/new`} className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900">
                {t("logAction")}
              </Link>
            )}
          </div>
        </div>

        <form method="get" action={path} className="grid grid-cols-1 gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters")}>
          <FilterSelects
            labels={{ status: t("status"), lead: t("leadParty"), topic: t("topic"), owner: t("owner"), any: t("any") }}
            status={{ value: data.filters.status, options: actionListStatusFilters.map((s) => ({ value: s, label: s === "active" ? t("statusActive") : s === "all" ? t("statusAll") : common(`actionStatus.${s}`) })) }}
            lead={{ value: data.filters.party ?? "", options: leadParties.map((p) => ({ value: p, label: common(`parties.${p}`) })) }}
            topic={{ value: data.filters.topic ?? "", options: data.topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) })) }}
            owner={{ value: data.filters.owner ?? "", options: data.members.map((m) => ({ value: m.id, label: `${m.name} (${common(`parties.${m.party}`)})` })) }}
          />
          <div className="flex items-end">
            <button type="submit" className="min-h-11 rounded-lg border border-blue-800 px-4 font-semibold text-blue-900 hover:bg-blue-50">
              {t("applyFilters")}
            </button>
          </div>
        </form>

        <p role="status" className="text-slate-700">
          {t("count", { count: data.actions.length })}
        </p>
        {data.actions.length > 0 && (
          <ul className="flex flex-col gap-3">
            {data.actions.map((action) => (
              <li key={action.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <ActionTitleRow href={`${path}/${action.id}`} title={action.title} status={action.status} label={common(`actionStatus.${action.status}`)} large />
                <p className="mt-1 text-sm text-slate-700">
                  {t("ledBy", { party: common(`parties.${action.leadParty}`) })}
                  {action.topic && ` · ${topicLabel(action.topic, common)}`}
                  {action.dueDate && ` · ${t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) })}`}
                </p>
                <p className="text-sm text-slate-700">{t("ownersList", { names: action.owners.map((o) => o.name).join(", ") })}</p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}

type Choice = { value: string; options: { value: string; label: string }[] };

// Plain selects in a GET form: filtering works without JavaScript and the address can be shared.
function FilterSelects({ labels, status, lead, topic, owner }: { labels: Record<"status" | "lead" | "topic" | "owner" | "any", string>; status: Choice; lead: Choice; topic: Choice; owner: Choice }) {
  const any = { value: "", label: labels.any };
  return (
    <>
      <SelectField label={labels.status} name="status" defaultValue={status.value} options={status.options} />
      <SelectField label={labels.lead} name="lead" defaultValue={lead.value} options={[any, ...lead.options]} />
      <SelectField label={labels.topic} name="topic" defaultValue={topic.value} options={[any, ...topic.options]} />
      <SelectField label={labels.owner} name="owner" defaultValue={owner.value} options={[any, ...owner.options]} />
    </>
  );
}

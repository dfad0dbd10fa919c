import { getTranslations } from "@/lib/i18n/server";
import { SelectField } from "@/components/forms/select-field";
import { Card } from "@/components/page/card";
import { actionListStatusFilters, leadParties } from "@/lib/actions/action-filters";
import type { listActions } from "@/lib/actions/list-actions";
import { topicLabel } from "@/lib/topics/topic-label";

type Data = Awaited<ReturnType<typeof listActions>>;

// Plain selects in a GET form (lib/actions/action-filters.ts reads them): filtering works
// without JavaScript and the address can be shared.
export async function ActionFiltersForm({ path, data }: { path: string; data: Data }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const any = { value: "", label: t("any") };
  const statusLabel = (status: (typeof actionListStatusFilters)[number]) =>
    status === "active" ? t("statusActive") : status === "all" ? t("statusAll") : common(`actionStatus.${status}`);
  const active = [data.filters.party, data.filters.topic, data.filters.owner].filter(Boolean).length + (data.filters.status === actionListStatusFilters[0] ? 0 : 1);
  // On a phone the filters fold away behind one line, so the first action shows at once
  // (open when some are set); from tablet width up they are always shown (globals.css).
  return (
    <Card>
      <details className="open-when-wide" open={active > 0 ? true : undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{active > 0 ? t("filtersActive", { count: active }) : t("filters")}</summary>
      <form method="get" action={path} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters")}>
        <SelectField label={t("status")} name="status" defaultValue={data.filters.status} options={actionListStatusFilters.map((s) => ({ value: s, label: statusLabel(s) }))} />
        <SelectField label={t("leadParty")} name="lead" defaultValue={data.filters.party ?? ""} options={[any, ...leadParties.map((p) => ({ value: p, label: common(`parties.${p}`) }))]} />
        <SelectField label={t("topic")} name="topic" defaultValue={data.filters.topic ?? ""} options={[any, ...data.topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))]} />
        <SelectField
          label={t("owner")}
          name="owner"
          defaultValue={data.filters.owner ?? ""}
          options={[any, ...data.members.map((m) => ({ value: m.id, label: `${m.name} (${common(`parties.${m.party}`)})` }))]}
        />
        <div className="flex items-end">
          <button type="submit" className="min-h-11 rounded-lg border border-blue-800 px-4 font-semibold text-blue-900 hover:bg-blue-50">
            {t("applyFilters")}
          </button>
        </div>
      </form>
      </details>
    </Card>
  );
}

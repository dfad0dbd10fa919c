import { getTranslations } from "@/lib/i18n/server";
import { selectMarkup } from "@/components/forms/get-form-select";
import { Card } from "@/components/page/card";
import { html } from "@/components/page/markup";
import { actionListStatusFilters, leadParties } from "@/lib/actions/action-filters";
import type { listActions } from "@/lib/actions/list-actions";
import { topicLabel } from "@/lib/topics/topic-label";

type Data = Awaited<ReturnType<typeof listActions>>;

// Plain selects in a GET form (lib/actions/action-filters.ts reads them): filtering works
// without JavaScript and the address can be shared. Its fields are prepared markup
// (components/forms/get-form-select.ts).
export async function ActionFiltersForm({ path, data }: { path: string; data: Data }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const any = { value: "", label: t("any") };
  const statusLabel = (status: (typeof actionListStatusFilters)[number]) =>
    status === "active" ? t("statusActive") : status === "all" ? t("statusAll") : common(`actionStatus.${status}`);
  const active = [data.filters.party, data.filters.topic, data.filters.owner].filter(Boolean).length + (data.filters.status === actionListStatusFilters[0] ? 0 : 1);
  const fields = html`${[
    selectMarkup({ id: "filter-status", label: t("status"), name: "status", value: data.filters.status ?? "", options: actionListStatusFilters.map((s) => ({ value: s, label: statusLabel(s) })) }),
    selectMarkup({ id: "filter-lead", label: t("leadParty"), name: "lead", value: data.filters.party ?? "", options: [any, ...leadParties.map((p) => ({ value: p, label: common(`parties.${p}`) }))] }),
    selectMarkup({ id: "filter-topic", label: t("topic"), name: "topic", value: data.filters.topic ?? "", options: [any, ...data.topics.map((topic) => ({ value: topic.id, label: topicLabel(topic, common) }))] }),
    selectMarkup({ id: "filter-owner", label: t("owner"), name: "owner", value: data.filters.owner ?? "", options: [any, ...data.members.map((m) => ({ value: m.id, label: `${m.name} (${common(`parties.${m.party}`)})` }))] }),
  ]}<div class="flex items-end"><button type="submit" class="min-h-11 rounded-lg border border-blue-800 px-4 font-semibold text-blue-900 hover:bg-blue-50">${t("applyFilters")}</button></div>`;
  // On a phone the filters fold away behind one line, so the first action shows at once
  // (open when some are set); from tablet width up they are always shown (globals.css).
  return (
    <Card>
      <details className="open-when-wide" open={active > 0 ? true : undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{active > 0 ? t("filtersActive", { count: active }) : t("filters")}</summary>
      <form method="get" action={path} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters")} dangerouslySetInnerHTML={fields} />
      </details>
    </Card>
  );
}

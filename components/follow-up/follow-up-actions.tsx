import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { selectMarkup } from "@/components/forms/get-form-select";
import { html } from "@/components/page/markup";
import { Pager } from "@/components/page/pager";
import { Section } from "@/components/page/section";
import { actionFiltersQuery, followUpStatusFilters, leadParties, type ActionFilters } from "@/lib/actions/action-filters";
import { actionStatuses } from "@/lib/actions/status";
import type { FollowUpDashboard } from "@/lib/follow-up/get-follow-up-dashboard";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { followUpFormat } from "./follow-up-format";

// The year's actions, filtered by a GET form (lib/actions/action-filters.ts), with the
// same list as a CSV download. The form's fields and links, like the list, are prepared
// markup (decision 026): a GET form answers with a new page, nothing in it is interactive.
export async function FollowUpActions({ path, filters, dashboard }: { path: string; filters: ActionFilters; dashboard: FollowUpDashboard }) {
  const t = await getTranslations("followUp");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const { topicName } = await followUpFormat();
  const { year, list } = dashboard;
  // Each status, party and topic named once per page, not once per row: a translation costs
  // more than the row's markup (issue 10).
  const statusText = Object.fromEntries(actionStatuses.map((s) => [s, common(`actionStatus.${s}`)])) as Record<ActionStatus, string>;
  const partyText = Object.fromEntries(leadParties.map((p) => [p, common(`parties.${p}`)])) as Record<(typeof leadParties)[number], string>;
  const topicOptions = dashboard.topics.map((topic) => ({ value: topic.id, label: topicName(topic) }));
  const topicText = new Map(topicOptions.map((option) => [option.value, option.label]));
  const overdue = ` · ${t("overdue")}`;
  const selects = [
    { name: "status", label: t("status"), value: filters.status, options: followUpStatusFilters.map((s) => ({ value: s, label: t(`statusFilter.${s}`) })) },
    { name: "party", label: t("party"), value: filters.party, options: leadParties.map((p) => ({ value: p, label: partyText[p] })) },
    { name: "topic", label: t("topic"), value: filters.topic, options: topicOptions },
    { name: "owner", label: t("owner"), value: filters.owner, options: dashboard.owners.map((o) => ({ value: o.id, label: `${o.name} (${common(`parties.${o.party}`)})` })) },
  ];
  // Prepared markup (components/page/markup.ts), plain links: a page of the list. Its rows
  // are styled from the list's one class (.item-list in globals.css), not each of their parts.
  const rows = html`${list.rows.map(
    (action) =>
      html`<li><a href="${action.href}">${action.title}</a><p><span${action.overdue ? html` class="font-semibold text-red-800"` : ""}>${statusText[action.status]}${action.overdue ? overdue : ""}</span> · ${partyText[action.leadParty]} · ${(action.topic && topicText.get(action.topic.id)) ?? topicName(action.topic)} · ${
        action.dueDate ? t("due", { date: format.dateTime(action.dueDate, { timeZone: "UTC", dateStyle: "medium" }) }) : t("noDueDate")
      }</p><p>${action.owners.length > 0 ? t("owners", { names: action.owners.map((o) => o.name).join(", ") }) : t("noOwners")}</p></li>`,
  )}`;
  const filterFields = html`<input type="hidden" name="year" value="${year}">${selects.map((select) =>
    selectMarkup({ id: `filter-${select.name}`, label: select.label, name: select.name, value: select.value ?? "", options: [{ value: "", label: t("any") }, ...select.options] }),
  )}<div class="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4"><button type="submit" class="min-h-11 rounded-lg bg-blue-800 px-4 font-semibold text-white">${t("filter")}</button><a href="${path}${actionFiltersQuery({ year })}" class="inline-flex min-h-11 items-center">${t("clearFilters")}</a><a href="${path}/actions.csv${actionFiltersQuery({ ...filters, year })}" download class="inline-flex min-h-11 items-center font-medium">${t("downloadCsv")}</a></div>`;
  return (
    <Section id="actions" title={t("actions")} card>
      <form method="get" action={path} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4" dangerouslySetInnerHTML={filterFields} />

      <p aria-live="polite" className="font-medium">
        {t("actionCount", { count: list.total })}
      </p>
      <ul className="item-list" dangerouslySetInnerHTML={rows} />
      <Pager path={path} query={{ ...filters, year, page: list.page }} page={list.page} pages={list.pages} />
    </Section>
  );
}

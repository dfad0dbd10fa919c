import { getLocale, getTranslations } from "@/lib/i18n/server";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { actionStatuses } from "@/lib/actions/status";

// The newer version of an action after a refused save (lib/actions/action-snapshot.ts),
// in both action forms: editing the action and posting progress.
export async function ActionConflictNotice({ timeZone }: { timeZone: string }) {
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const statuses = Object.fromEntries(actionStatuses.map((status) => [status, common(`actionStatus.${status}`)]));
  return (
    <ConflictNotice
      heading={t("conflictHeading")}
      locale={locale}
      timeZone={timeZone}
      rows={[
        { key: "title", label: t("title") },
        { key: "status", label: t("status"), values: statuses },
        { key: "dueDate", label: t("dueDate"), format: "date", empty: t("noDueDate") },
        { key: "latestUpdateAt", label: t("latestUpdateAt"), format: "dateTime" },
        { key: "latestUpdateBy", label: t("latestUpdateBy") },
        { key: "latestUpdateStatus", label: t("latestUpdateStatus"), values: statuses },
        { key: "latestUpdateText", label: t("latestUpdate") },
      ]}
    />
  );
}

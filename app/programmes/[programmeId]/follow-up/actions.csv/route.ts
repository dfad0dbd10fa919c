import { getTranslations } from "@/lib/i18n/server";
import { form, id } from "@/lib/forms/fields";
import { parseActionFilters } from "@/lib/actions/action-filters";
import { dateTimeFormat, toIsoDate } from "@/lib/dates";
import { listFollowUpActions } from "@/lib/follow-up/list-follow-up-actions";
import { toCsv } from "@/lib/follow-up/to-csv";
import { topicLabel } from "@/lib/topics/topic-label";
import { routeHandler } from "@/lib/http/route-handler";

// The follow-up list as CSV: same filters (parseActionFilters ignores malformed ones,
// as the page does) and the same access as the dashboard page.
export const GET = routeHandler({ viewer: "required", params: form({ programmeId: id }) }, async ({ request, viewer, params }) => {
  const filters = parseActionFilters(request.nextUrl.searchParams);
  const list = await listFollowUpActions(viewer, params.programmeId, filters);
  const t = await getTranslations("followUp.csv");
  const common = await getTranslations("common");
  const timeZone = list.programme.timeZone;
  const dateFormat = dateTimeFormat("en-CA", { timeZone, dateStyle: "short" });
  const zonedDate = (instant: Date | null | undefined) => (instant ? dateFormat.format(instant) : "");

  const csv = toCsv([
    [t("title"), t("status"), t("overdue"), t("leadParty"), t("topic"), t("owners"), t("dueDate"), t("dinner"), t("createdAt"), t("completedAt"), t("dropReason"), t("description")],
    ...list.rows.map((action) => [
      action.title,
      common(`actionStatus.${action.status}`),
      action.overdue ? t("yes") : t("no"),
      common(`parties.${action.leadParty}`),
      topicLabel(action.topic, common),
      action.owners.map((o) => o.name).join("; "),
      action.dueDate ? toIsoDate(action.dueDate) : "",
      zonedDate(action.dinner?.startsAt),
      zonedDate(action.createdAt),
      zonedDate(action.completedAt),
      action.dropReason ?? "",
      action.description,
    ]),
  ]);
  const fileName = `${t("fileName")}-${list.year}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

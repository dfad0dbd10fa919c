import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { toIsoDate } from "@/lib/dates";
import { followUpQuery, parseFollowUpFilters } from "@/lib/follow-up/filters";
import { listFollowUpActions } from "@/lib/follow-up/list-follow-up-actions";
import { toCsv } from "@/lib/follow-up/to-csv";

// The follow-up list as CSV: same filters and the same access as the dashboard page.
export async function GET(request: NextRequest, { params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const filters = parseFollowUpFilters(request.nextUrl.searchParams);
  const viewer = await requirePageViewer(`/programmes/${programmeId}/follow-up/actions.csv${followUpQuery(filters)}`);
  const list = await loadForPage(() => listFollowUpActions(viewer, programmeId, filters));
  const t = await getTranslations("followUp.csv");
  const common = await getTranslations("common");
  const timeZone = list.programme.timeZone;
  const zonedDate = (instant: Date | null | undefined) => (instant ? new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(instant) : "");
  const topicName = (topic: { key: string | null; name: string | null } | null) => (topic ? (topic.key ? common(`topics.${topic.key}`) : (topic.name ?? "")) : "");

  const csv = toCsv([
    [t("title"), t("status"), t("overdue"), t("leadParty"), t("topic"), t("owners"), t("dueDate"), t("dinner"), t("createdAt"), t("completedAt"), t("dropReason"), t("description")],
    ...list.rows.map((action) => [
      action.title,
      common(`actionStatus.${action.status}`),
      action.overdue ? t("yes") : t("no"),
      common(`parties.${action.leadParty}`),
      topicName(action.topic),
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
}

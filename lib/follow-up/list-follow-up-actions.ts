import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { type ActionFilters } from "@/lib/actions/action-filters";
import { actionFiltersSql, actionOrder, selectActionRows } from "@/lib/actions/action-rows-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOverdue } from "@/lib/actions/overdue";
import { followUpYear } from "./follow-up-year";

export type FollowUpActionList = Awaited<ReturnType<typeof listFollowUpActions>>;
export type FollowUpActionRow = FollowUpActionList["rows"][number];

// The actions of one year (by creation date, programme time zone), filtered by status
// (overdue included), lead party, topic and owner; for the dashboard (with a limit) and
// the CSV export (without). One statement whatever the data size (the programme's name and
// zone come with the viewer).
export async function listFollowUpActions(
  viewer: Viewer | null,
  programmeId: string,
  filters: ActionFilters = {},
  options: { limit?: number; page?: number } = {},
  now = new Date(),
) {
  const { membership } = authorize(viewer, "action.view", programmeId);
  const programme = { id: programmeId, name: membership.programmeName, timeZone: membership.timeZone };
  const year = followUpYear(filters.year, programme.timeZone, now);
  // One statement: the rows with topic, dinner and owners, and how many match (no count query).
  const { rows, matching } = await selectActionRows({
    where: Prisma.sql`${actionFiltersSql(programmeId, filters, year.today)}
      AND a."createdAt" >= ${year.start.toISOString()}::timestamptz AND a."createdAt" < ${year.end.toISOString()}::timestamptz`,
    orderBy: actionOrder.due,
    limit: options.limit,
    offset: options.limit === undefined ? undefined : ((options.page ?? 1) - 1) * options.limit,
  });

  return {
    programme,
    year: year.year,
    total: options.limit === undefined ? rows.length : matching,
    page: options.page ?? 1,
    pages: options.limit === undefined ? 1 : Math.max(1, Math.ceil(matching / options.limit)),
    rows: rows.map((action) => ({
      ...action,
      overdue: isOverdue(action, year.today),
      href: `/programmes/${programmeId}/actions/${action.id}`,
    })),
  };
}

import type { ActionFilters } from "@/lib/actions/action-filters";
import { actionFiltersSql, actionOrder, type ActionRow } from "@/lib/actions/action-rows-sql";
import { isOverdue } from "@/lib/actions/overdue";
import { Prisma } from "@/lib/generated/prisma/client";
import type { followUpYear } from "./follow-up-year";

// The follow-up list's parts, for the CSV's loader (listFollowUpActions, rows) and the
// dashboard's one statement (getFollowUpDashboard, a JSON column): which rows, and what the
// list is made of them.
export type ListOptions = { limit?: number; page?: number };
type Year = ReturnType<typeof followUpYear>;

// The year's actions that pass the filters, due first; a page of them when there is a limit.
export function followUpRows(programmeId: string, filters: ActionFilters, year: Year, options: ListOptions) {
  return {
    where: Prisma.sql`${actionFiltersSql(programmeId, filters, year.today)}
      AND a."createdAt" >= ${year.start.toISOString()}::timestamptz AND a."createdAt" < ${year.end.toISOString()}::timestamptz`,
    orderBy: actionOrder.due,
    limit: options.limit,
    offset: options.limit === undefined ? undefined : ((options.page ?? 1) - 1) * options.limit,
  };
}

export function followUpList(programme: { id: string; name: string; timeZone: string }, year: Year, options: ListOptions, { rows, matching }: { rows: ActionRow[]; matching: number }) {
  return {
    programme,
    year: year.year,
    total: options.limit === undefined ? rows.length : matching,
    page: options.page ?? 1,
    pages: options.limit === undefined ? 1 : Math.max(1, Math.ceil(matching / options.limit)),
    rows: rows.map((action) => ({
      ...action,
      overdue: isOverdue(action, year.today),
      href: `/programmes/${programme.id}/actions/${action.id}`,
    })),
  };
}

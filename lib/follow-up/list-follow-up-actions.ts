import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { actionFiltersWhere, type ActionFilters } from "@/lib/actions/action-filters";
import { isOverdue } from "@/lib/actions/overdue";
import { followUpYear } from "./follow-up-year";

export type FollowUpActionList = Awaited<ReturnType<typeof listFollowUpActions>>;
export type FollowUpActionRow = FollowUpActionList["rows"][number];

// The actions of one year (by creation date, programme time zone), filtered by status
// (overdue included), lead party, topic and owner; for the dashboard (with a limit) and
// the CSV export (without). A fixed number of queries whatever the data size.
export async function listFollowUpActions(
  viewer: Viewer | null,
  programmeId: string,
  filters: ActionFilters = {},
  options: { limit?: number } = {},
  now = new Date(),
) {
  authorize(viewer, "action.view", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, timeZone: true } });
  const year = followUpYear(filters.year, programme.timeZone, now);
  const where = { ...actionFiltersWhere(programmeId, filters, year.today), createdAt: { gte: year.start, lt: year.end } };

  const [rows, total] = await Promise.all([
    db.action.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      take: options.limit,
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        leadParty: true,
        dueDate: true,
        dropReason: true,
        createdAt: true,
        completedAt: true,
        topic: { select: { id: true, key: true, name: true } },
        dinner: { select: { id: true, startsAt: true } },
        owners: {
          orderBy: { membership: { person: { name: "asc" } } },
          select: { membership: { select: { id: true, party: true, person: { select: { name: true } } } } },
        },
      },
    }),
    options.limit === undefined ? Promise.resolve(null) : db.action.count({ where }),
  ]);

  return {
    programme,
    year: year.year,
    total: total ?? rows.length,
    rows: rows.map(({ owners, ...action }) => ({
      ...action,
      overdue: isOverdue(action, year.today),
      owners: owners.map((o) => ({ id: o.membership.id, name: o.membership.person.name, party: o.membership.party })),
      href: `/programmes/${programmeId}/actions/${action.id}`,
    })),
  };
}

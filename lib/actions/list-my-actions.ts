import { addDays } from "date-fns";
import { db } from "@/lib/db";
import { can, requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { todayInZone } from "@/lib/dates";
import type { ActionLead, ActionStatus } from "@/lib/generated/prisma/enums";
import { isOverdue } from "./overdue";
import { openActionStatuses } from "./status";

export type MyActionRow = {
  id: string;
  programmeId: string;
  programmeName: string;
  title: string;
  leadParty: ActionLead;
  status: ActionStatus;
  dueDate: Date | null;
  href: string;
};
export type MyActions = Awaited<ReturnType<typeof listMyActions>>;

// How far ahead "due soon" looks, in days (today included).
export const dueSoonDays = 14;

// The open actions the viewer owns, across all their programmes, in three groups:
// overdue (due before today in the programme's time zone), due soon (within
// `dueSoonDays` days) and later or without a date. Two queries whatever the data size;
// only actions owned through an active membership count.
export async function listMyActions(viewer: Viewer | null, now = new Date()) {
  const signedIn = requireViewer(viewer);
  const memberships = signedIn.memberships.filter((m) => can(signedIn, "action.view", m.programmeId));
  const groups: { overdue: MyActionRow[]; dueSoon: MyActionRow[]; later: MyActionRow[] } = { overdue: [], dueSoon: [], later: [] };
  if (memberships.length === 0) return { ...groups, total: 0 };

  const rows = await db.action.findMany({
    where: {
      programmeId: { in: memberships.map((m) => m.programmeId) },
      status: { in: [...openActionStatuses] },
      owners: { some: { membershipId: { in: memberships.map((m) => m.id) } } },
    },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      programmeId: true,
      title: true,
      leadParty: true,
      status: true,
      dueDate: true,
      programme: { select: { name: true, timeZone: true } },
    },
  });

  for (const row of rows) {
    const today = todayInZone(now, row.programme.timeZone);
    const action: MyActionRow = {
      id: row.id,
      programmeId: row.programmeId,
      programmeName: row.programme.name,
      title: row.title,
      leadParty: row.leadParty,
      status: row.status,
      dueDate: row.dueDate,
      href: `/programmes/${row.programmeId}/actions/${row.id}`,
    };
    if (isOverdue(row, today)) groups.overdue.push(action);
    else if (row.dueDate && row.dueDate <= addDays(today, dueSoonDays)) groups.dueSoon.push(action);
    else groups.later.push(action);
  }
  return { ...groups, total: rows.length };
}


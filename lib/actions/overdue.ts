import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { isOpenStatus, openActionStatuses } from "./status";

// Overdue: still open and due before today. Due dates are calendar dates (midnight UTC);
// `today` is today's calendar date in the programme's time zone (todayInZone), so an
// action due today is not overdue yet. The same rule for queries is overdueWhere below,
// and for raw SQL overdueSql in ./status-sql.ts.
export function isOverdue(action: { status: ActionStatus; dueDate: Date | null }, today: Date): boolean {
  return isOpenStatus(action.status) && action.dueDate !== null && action.dueDate < today;
}

export function overdueWhere(today: Date) {
  return { status: { in: [...openActionStatuses] }, dueDate: { lt: today } } satisfies Prisma.ActionWhereInput;
}

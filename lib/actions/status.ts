import type { ActionStatus } from "@/lib/generated/prisma/enums";

export const actionStatuses: readonly ActionStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "DROPPED"];

// "Open": still to be done. The one list behind every open count, the agenda's actions
// to review, "my actions", the weekly digest and the overdue rule (./overdue.ts).
export const openActionStatuses = ["OPEN", "IN_PROGRESS"] as const satisfies readonly ActionStatus[];

export function isOpenStatus(status: ActionStatus): boolean {
  return (openActionStatuses as readonly ActionStatus[]).includes(status);
}

// OPEN → IN_PROGRESS → DONE, or DROPPED (with a reason) from either open state.
// Reopening a done or dropped action is for those who may reopen (coordinators).
const forward: Record<ActionStatus, readonly ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "DONE", "DROPPED"],
  IN_PROGRESS: ["DONE", "DROPPED"],
  DONE: [],
  DROPPED: [],
};
export function nextStatuses(current: ActionStatus, mayReopen: boolean): ActionStatus[] {
  if (!isOpenStatus(current)) return mayReopen ? [...openActionStatuses] : [];
  return [...forward[current]];
}

export function canMoveTo(current: ActionStatus, next: ActionStatus, mayReopen: boolean): boolean {
  return nextStatuses(current, mayReopen).includes(next);
}

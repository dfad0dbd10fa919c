import type { ActionStatus } from "@/lib/generated/prisma/enums";

export const actionStatuses: readonly ActionStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "DROPPED"];
export const activeStatuses: readonly ActionStatus[] = ["OPEN", "IN_PROGRESS"];

// OPEN → IN_PROGRESS → DONE, or DROPPED (with a reason) from either open state.
// Reopening a done or dropped action is for those who may reopen (coordinators).
const forward: Record<ActionStatus, readonly ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "DONE", "DROPPED"],
  IN_PROGRESS: ["DONE", "DROPPED"],
  DONE: [],
  DROPPED: [],
};
const reopen: readonly ActionStatus[] = ["OPEN", "IN_PROGRESS"];

export function nextStatuses(current: ActionStatus, mayReopen: boolean): ActionStatus[] {
  if (current === "DONE" || current === "DROPPED") return mayReopen ? [...reopen] : [];
  return [...forward[current]];
}

export function canMoveTo(current: ActionStatus, next: ActionStatus, mayReopen: boolean): boolean {
  return nextStatuses(current, mayReopen).includes(next);
}

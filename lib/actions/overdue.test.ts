import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { isOverdue, overdueWhere } from "./overdue";
import { isOpenStatus, openActionStatuses } from "./status";

const today = calendarDate("2026-11-30");

describe("open statuses", () => {
  it("are OPEN and IN_PROGRESS; DONE and DROPPED are closed", () => {
    expect(openActionStatuses).toEqual(["OPEN", "IN_PROGRESS"]);
    expect(["OPEN", "IN_PROGRESS", "DONE", "DROPPED"].filter((s) => isOpenStatus(s as never))).toEqual(["OPEN", "IN_PROGRESS"]);
  });
});

describe("isOverdue", () => {
  it("is an open action due before today; due today is not overdue yet", () => {
    expect(isOverdue({ status: "OPEN", dueDate: calendarDate("2026-11-29") }, today)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: calendarDate("2025-01-01") }, today)).toBe(true);
    expect(isOverdue({ status: "OPEN", dueDate: calendarDate("2026-11-30") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: calendarDate("2026-12-01") }, today)).toBe(false);
  });

  it("is never a closed action or one without a due date", () => {
    expect(isOverdue({ status: "DONE", dueDate: calendarDate("2026-11-01") }, today)).toBe(false);
    expect(isOverdue({ status: "DROPPED", dueDate: calendarDate("2026-11-01") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, today)).toBe(false);
  });

  it("has the same rule as a where-clause", () => {
    expect(overdueWhere(today)).toEqual({ status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: today } });
  });
});

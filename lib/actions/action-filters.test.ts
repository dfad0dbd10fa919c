import { describe, expect, it } from "vitest";
import { calendarDate } from "@/lib/dates";
import { actionFiltersQuery, actionFiltersWhere, parseActionFilters } from "./action-filters";

describe("action list filters", () => {
  it("reads known values and ignores unknown or malformed ones", () => {
    expect(parseActionFilters({ year: "2025", status: "OVERDUE", party: "JOINT", topic: "t1", owner: "m1" })).toEqual({ year: 2025, status: "OVERDUE", party: "JOINT", topic: "t1", owner: "m1" });
    expect(parseActionFilters({ year: "abc", status: "LOST", party: "ARMY", topic: "", owner: "x".repeat(65) })).toEqual({});
    expect(parseActionFilters(new URLSearchParams("year=1999&status=DONE"))).toEqual({ status: "DONE" });
    expect(parseActionFilters({ status: ["DONE", "OPEN"] })).toEqual({ status: "DONE" });
  });

  it("reads the actions page's parameters too: active/all and the lead party as 'lead'", () => {
    expect(parseActionFilters({ status: "active", lead: "POLICE", topic: " t2 ", owner: "m2" })).toEqual({ status: "active", party: "POLICE", topic: "t2", owner: "m2" });
    expect(parseActionFilters(new URLSearchParams("status=all&lead=COMMUNITY"))).toEqual({ status: "all", party: "COMMUNITY" });
    expect(parseActionFilters({ lead: "ARMY" })).toEqual({});
    // The follow-up's own name wins when both are given.
    expect(parseActionFilters({ party: "JOINT", lead: "POLICE" })).toEqual({ party: "JOINT" });
  });

  it("writes them back as a query string", () => {
    expect(actionFiltersQuery({})).toBe("");
    expect(actionFiltersQuery({ year: 2026, status: "OPEN", party: undefined })).toBe("?year=2026&status=OPEN");
    expect(parseActionFilters(new URLSearchParams(actionFiltersQuery({ year: 2026, status: "OVERDUE", party: "POLICE", owner: "m1" }).slice(1)))).toEqual({
      year: 2026,
      status: "OVERDUE",
      party: "POLICE",
      owner: "m1",
    });
  });

  it("turns them into one where-clause within the programme", () => {
    const today = calendarDate("2026-11-30");
    expect(actionFiltersWhere("p1", {}, today)).toEqual({ programmeId: "p1" });
    expect(actionFiltersWhere("p1", { status: "all" }, today)).toEqual({ programmeId: "p1" });
    expect(actionFiltersWhere("p1", { status: "active" }, today)).toEqual({ programmeId: "p1", status: { in: ["OPEN", "IN_PROGRESS"] } });
    expect(actionFiltersWhere("p1", { status: "DONE", party: "JOINT", topic: "t1", owner: "m1" }, today)).toEqual({
      programmeId: "p1",
      status: "DONE",
      leadParty: "JOINT",
      topicId: "t1",
      owners: { some: { membershipId: "m1" } },
    });
    expect(actionFiltersWhere("p1", { status: "OVERDUE" }, today)).toEqual({ programmeId: "p1", status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: today } });
  });
});

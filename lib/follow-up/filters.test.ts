import { describe, expect, it } from "vitest";
import { followUpQuery, parseFollowUpFilters } from "./filters";

describe("follow-up filters", () => {
  it("reads known values and ignores unknown or malformed ones", () => {
    expect(parseFollowUpFilters({ year: "2025", status: "OVERDUE", party: "JOINT", topic: "t1", owner: "m1" })).toEqual({ year: 2025, status: "OVERDUE", party: "JOINT", topic: "t1", owner: "m1" });
    expect(parseFollowUpFilters({ year: "abc", status: "LOST", party: "ARMY", topic: "", owner: "x".repeat(65) })).toEqual({});
    expect(parseFollowUpFilters(new URLSearchParams("year=1999&status=DONE"))).toEqual({ status: "DONE" });
    expect(parseFollowUpFilters({ status: ["DONE", "OPEN"] })).toEqual({ status: "DONE" });
  });

  it("writes them back as a query string", () => {
    expect(followUpQuery({})).toBe("");
    expect(followUpQuery({ year: 2026, status: "OPEN", party: undefined })).toBe("?year=2026&status=OPEN");
  });
});

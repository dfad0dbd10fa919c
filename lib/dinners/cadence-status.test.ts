import { describe, expect, it } from "vitest";
import { cadenceStatus } from "./cadence-status";

const yearStart = new Date("2026-01-01T00:00:00Z");
const yearEnd = new Date("2027-01-01T00:00:00Z");
const base = { target: 5, held: 0, planned: 0, hasUpcomingDinner: true, yearStart, yearEnd };

describe("cadenceStatus", () => {
  it("is calm at the start of a year with nothing planned yet, except for the missing next dinner", () => {
    const status = cadenceStatus({ ...base, hasUpcomingDinner: false, now: new Date("2026-01-10T12:00:00Z") });
    expect(status).toMatchObject({ yearState: "current", missing: 5, nextNotPlanned: true, behindPace: false });
  });

  it("warns when the missing dinners would need more than twice the normal cadence", () => {
    // Two missing, 73-day interval: warn below 73 days left.
    const twoMissing = { ...base, held: 2, planned: 1 };
    expect(cadenceStatus({ ...twoMissing, now: new Date("2026-10-01T12:00:00Z") }).behindPace).toBe(false); // 92 days left
    expect(cadenceStatus({ ...twoMissing, now: new Date("2026-10-25T12:00:00Z") }).behindPace).toBe(true); // 68 days left
  });

  it("does not warn when held and planned dinners reach the target", () => {
    const status = cadenceStatus({ ...base, held: 4, planned: 1, now: new Date("2026-12-20T12:00:00Z") });
    expect(status).toMatchObject({ missing: 0, behindPace: false, nextNotPlanned: false });
  });

  it("reports a past year that missed its target, and no warnings for a future year", () => {
    expect(cadenceStatus({ ...base, held: 3, now: new Date("2027-02-01T00:00:00Z") })).toMatchObject({ yearState: "past", targetMissed: true, behindPace: false, nextNotPlanned: false });
    expect(cadenceStatus({ ...base, held: 5, now: new Date("2027-02-01T00:00:00Z") }).targetMissed).toBe(false);
    expect(cadenceStatus({ ...base, hasUpcomingDinner: false, now: new Date("2025-06-01T00:00:00Z") })).toMatchObject({ yearState: "future", behindPace: false, nextNotPlanned: false });
  });

  it("never warns about pace with a target of zero", () => {
    expect(cadenceStatus({ ...base, target: 0, now: new Date("2026-12-30T00:00:00Z") }).behindPace).toBe(false);
  });
});

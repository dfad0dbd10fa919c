import { describe, expect, it } from "vitest";
import { todayInZone, utcToZonedInput, yearRange, zonedToUtc } from "./dates";

describe("dates", () => {
  it("computes the year in the programme's zone, not UTC", () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    const { start, year } = yearRange(new Date("2026-12-31T23:30:00Z"), "Europe/Amsterdam");
    expect(year).toBe(2027);
    expect(start.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("gives the year's bounds in the zone on either side of New Year, west and east of UTC", () => {
    expect(yearRange(new Date("2026-12-31T22:59:59Z"), "Europe/Amsterdam")).toEqual({ start: new Date("2025-12-31T23:00:00Z"), end: new Date("2026-12-31T23:00:00Z"), year: 2026 });
    expect(yearRange(new Date("2027-01-01T04:00:00Z"), "America/New_York")).toEqual({ start: new Date("2026-01-01T05:00:00Z"), end: new Date("2027-01-01T05:00:00Z"), year: 2026 });
    expect(yearRange(new Date("2026-12-31T15:00:00Z"), "Pacific/Auckland")).toEqual({ start: new Date("2026-12-31T11:00:00Z"), end: new Date("2027-12-31T11:00:00Z"), year: 2027 });
  });

  it("gives today's date in the zone as a UTC-midnight date", () => {
    expect(todayInZone(new Date("2026-06-30T22:30:00Z"), "Europe/Amsterdam").toISOString()).toBe(
      "2026-07-01T00:00:00.000Z",
    );
  });

  it("converts wall-clock input to UTC and back, across daylight saving", () => {
    const winter = zonedToUtc("2026-01-15T18:30", "Europe/Amsterdam");
    const summer = zonedToUtc("2026-07-15T18:30", "Europe/Amsterdam");
    expect(winter.toISOString()).toBe("2026-01-15T17:30:00.000Z");
    expect(summer.toISOString()).toBe("2026-07-15T16:30:00.000Z");
    expect(utcToZonedInput(summer, "Europe/Amsterdam")).toBe("2026-07-15T18:30");
  });
});

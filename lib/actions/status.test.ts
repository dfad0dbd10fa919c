import { describe, expect, it } from "vitest";
import { canMoveTo, nextStatuses } from "./status";

describe("action status rules", () => {
  it("moves forward from open and in progress, and reopens only when allowed", () => {
    expect(nextStatuses("OPEN", false)).toEqual(["IN_PROGRESS", "DONE", "DROPPED"]);
    expect(nextStatuses("IN_PROGRESS", false)).toEqual(["DONE", "DROPPED"]);
    expect(nextStatuses("DONE", false)).toEqual([]);
    expect(nextStatuses("DROPPED", true)).toEqual(["OPEN", "IN_PROGRESS"]);
    expect(canMoveTo("IN_PROGRESS", "OPEN", true)).toBe(false);
    expect(canMoveTo("DONE", "OPEN", false)).toBe(false);
    expect(canMoveTo("DONE", "OPEN", true)).toBe(true);
  });
});

import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createRsvp } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { getDinnerYear, parseYear } from "./get-dinner-year";

const now = new Date("2026-11-21T12:00:00Z");

describe("getDinnerYear", () => {
  it("counts the year's dinners against the target, with balance, last dinner, hosts and warnings", async () => {
    const world = await dinnerProgramme();
    const programmeId = world.programme.id;
    const held = await createDinner(db, { programmeId, startsAt: addDays(now, -60), status: "HELD", hostParty: "POLICE" });
    await createDinner(db, { programmeId, startsAt: addDays(now, -200), status: "HELD", hostParty: "COMMUNITY" });
    await createDinner(db, { programmeId, startsAt: addDays(now, -100), status: "CANCELLED", hostParty: "MUNICIPALITY" });
    await createDinner(db, { programmeId, startsAt: new Date("2025-06-01T17:00:00Z"), status: "HELD", hostParty: "MUNICIPALITY" });
    await createRsvp(db, { dinnerId: held.id, membershipId: world.ally.membership.id, response: "YES", attended: true });
    await createRsvp(db, { dinnerId: held.id, membershipId: world.police.membership.id, response: "YES", attended: false });

    const year = await getDinnerYear(await world.as.ally(), programmeId, undefined, now);
    expect(year.year).toBe(2026);
    expect(year.counts).toEqual({ held: 2, planned: 0, cancelled: 1, target: 5 });
    expect(year.cadence).toMatchObject({ missing: 3, nextNotPlanned: true, behindPace: true });
    expect(year.lastHeld).toMatchObject({ id: held.id, daysAgo: 60 });
    expect(year.dinners.find((d) => d.id === held.id)!.balance).toEqual({ POLICE: 0, MUNICIPALITY: 0, COMMUNITY: 1 });
    // The same instants as stored, in the year's order, with the venue and host.
    expect(year.dinners.map((d) => d.status)).toEqual(["HELD", "CANCELLED", "HELD"]);
    expect(year.dinners.find((d) => d.id === held.id)).toMatchObject({ startsAt: held.startsAt, endsAt: held.endsAt, venueName: held.venueName, hostParty: "POLICE" });
    expect(year.lastHeld?.startsAt).toEqual(held.startsAt);
    expect(year.programme).toEqual({ id: programmeId, name: world.programme.name, timeZone: world.programme.timeZone, dinnersPerYearTarget: 5 });
    expect(year.recentHosts.map((d) => d.hostParty)).toEqual(["POLICE", "COMMUNITY", "MUNICIPALITY"]);
    expect(year.suggestedHost).toBe("MUNICIPALITY");
    expect(year.canPlan).toBe(false);

    const last = await getDinnerYear(await world.as.coordinator(), programmeId, 2025, now);
    expect(last).toMatchObject({ year: 2025, counts: { held: 1 }, cadence: { yearState: "past", targetMissed: true }, canPlan: true });
  });

  it("is denied to a member of another programme", async () => {
    const world = await dinnerProgramme();
    await expect(getDinnerYear(await world.as.outsider(), world.programme.id, undefined, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reads only sensible years from the address", () => {
    expect(parseYear("2027")).toBe(2027);
    expect(parseYear("20x7")).toBeUndefined();
    expect(parseYear("99999")).toBeUndefined();
    expect(parseYear(undefined)).toBeUndefined();
  });
});

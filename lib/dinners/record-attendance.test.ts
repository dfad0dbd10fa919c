import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createRsvp } from "@/lib/demo/factories";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { recordAttendance } from "./record-attendance";

const now = new Date("2026-11-21T12:00:00Z");

describe("recordAttendance", () => {
  it("records every active member as present or absent and marks the dinner held", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-20T17:30:00Z") });
    await createRsvp(db, { dinnerId: dinner.id, membershipId: world.ally.membership.id, response: "YES" });
    const present = [world.coordinator.membership.id, world.police.membership.id, world.outsider.membership.id];
    await expect(recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 1, attendedMembershipIds: present }, now)).resolves.toEqual({ attended: 2, absent: 1 });

    expect(await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).toMatchObject({ status: "HELD", version: 2, sequence: 1 });
    const rows = await db.rsvp.findMany({ where: { dinnerId: dinner.id }, select: { membershipId: true, attended: true, response: true } });
    expect(rows).toHaveLength(3);
    expect(Object.fromEntries(rows.map((r) => [r.membershipId, r.attended]))).toEqual({
      [world.coordinator.membership.id]: true,
      [world.police.membership.id]: true,
      [world.ally.membership.id]: false,
    });
    expect(rows.find((r) => r.membershipId === world.ally.membership.id)!.response).toBe("YES");

    // Corrections on the held dinner need the new version.
    await expect(recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 1, attendedMembershipIds: [] }, now)).rejects.toBeInstanceOf(ConflictError);
    await recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 2, attendedMembershipIds: [world.ally.membership.id] }, now);
    expect(await db.rsvp.count({ where: { dinnerId: dinner.id, attended: true } })).toBe(1);
    expect((await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).sequence).toBe(1);
  });

  it("refuses dinners that have not started or were cancelled", async () => {
    const world = await dinnerProgramme();
    const future = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-22T17:30:00Z") });
    const cancelled = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-01T17:30:00Z"), status: "CANCELLED" });
    await expect(recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: future.id, version: 1, attendedMembershipIds: [] }, now)).rejects.toMatchObject({ messageKey: "notStarted" });
    await expect(recordAttendance(await world.as.coordinator(), world.programme.id, { dinnerId: cancelled.id, version: 1, attendedMembershipIds: [] }, now)).rejects.toBeInstanceOf(FieldError);
    expect(await db.dinner.count({ where: { programmeId: world.programme.id, status: "HELD" } })).toBe(0);
  });

  it("is denied to allies, police liaisons and another programme's coordinator", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-20T17:30:00Z") });
    for (const viewer of [await world.as.ally(), await world.as.police(), await world.as.outsider()]) {
      await expect(recordAttendance(viewer, world.programme.id, { dinnerId: dinner.id, version: 1, attendedMembershipIds: [] }, now)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(recordAttendance(await world.as.outsider(), world.other.id, { dinnerId: dinner.id, version: 1, attendedMembershipIds: [] }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).status).toBe("PLANNED");
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createRsvp } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { getAttendance } from "./get-attendance";

const now = new Date("2026-11-21T12:00:00Z");

describe("getAttendance", () => {
  it("lists every active member, pre-checked from a yes", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-20T17:30:00Z") });
    const gone = await createMember(db, { programmeId: world.programme.id });
    await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: now } });
    await createRsvp(db, { dinnerId: dinner.id, membershipId: world.ally.membership.id, response: "YES" });
    await createRsvp(db, { dinnerId: dinner.id, membershipId: world.police.membership.id, response: "MAYBE" });
    const attendance = await getAttendance(await world.as.coordinator(), world.programme.id, dinner.id, now);
    expect(attendance.started).toBe(true);
    expect(attendance.members.map((m) => [m.name, m.attended])).toEqual([
      ["Karim El Idrissi", false],
      ["Sanne de Vries", false],
      ["Fatma Yilmaz", true],
    ]);
  });

  it("is denied to allies and another programme's coordinator", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-20T17:30:00Z") });
    await expect(getAttendance(await world.as.ally(), world.programme.id, dinner.id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttendance(await world.as.outsider(), world.programme.id, dinner.id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttendance(await world.as.outsider(), world.other.id, dinner.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

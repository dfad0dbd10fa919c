import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { utcToZonedInput } from "@/lib/dates";
import { cancelDinner } from "@/lib/dinners/cancel-dinner";
import { updateDinner } from "@/lib/dinners/update-dinner";
import { createDinner } from "@/lib/demo/factories";
import { dinnerProgramme } from "@/tests/support/dinner-programme";

// The audit log records the changes that matter (issue 14): a dinner moved or cancelled.
describe("audit of changes that matter", () => {
  it("records a moved dinner with what it was and is, and a cancelled one", async () => {
    const world = await dinnerProgramme();
    const coordinator = await world.as.coordinator();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2031-03-12T17:30:00Z") });
    const zone = world.programme.timeZone;
    await updateDinner(coordinator, world.programme.id, {
      dinnerId: dinner.id,
      version: dinner.version,
      startsAt: utcToZonedInput(new Date("2031-03-13T17:30:00Z"), zone),
      endsAt: "",
      venueKind: dinner.venueKind,
      venueName: dinner.venueName,
      venueAddress: dinner.venueAddress,
      hostParty: dinner.hostParty,
      capacity: dinner.capacity,
      guestNotes: "",
    } as Parameters<typeof updateDinner>[2]);
    await cancelDinner(coordinator, world.programme.id, { dinnerId: dinner.id, version: dinner.version + 1 });
    const events = await db.auditEvent.findMany({ where: { programmeId: world.programme.id, subjectId: dinner.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["dinner.moved", "dinner.cancelled"]);
    expect(events[0]!.actorId).toBe(world.coordinator.person.id);
    expect(events[0]!.data).toMatchObject({ was: { startsAt: "2031-03-12T17:30:00.000Z" }, now: { startsAt: "2031-03-13T17:30:00.000Z" } });
  });
});

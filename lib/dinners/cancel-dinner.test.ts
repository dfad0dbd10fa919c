import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createRsvp } from "@/lib/demo/factories";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { cancelDinner } from "./cancel-dinner";

describe("cancelDinner", () => {
  it("cancels, bumps the sequence and e-mails yes and maybe answers once", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    const no = await createMember(db, { programmeId: world.programme.id });
    await createRsvp(db, { dinnerId: dinner.id, membershipId: world.ally.membership.id, response: "MAYBE" });
    await createRsvp(db, { dinnerId: dinner.id, membershipId: no.membership.id, response: "NO" });

    await expect(cancelDinner(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 1 })).resolves.toMatchObject({ notified: 1 });
    expect(await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).toMatchObject({ status: "CANCELLED", sequence: 1, version: 2 });
    const emails = await db.email.findMany({ where: { dedupeKey: { contains: dinner.id } } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: world.ally.person.email, subject: expect.stringMatching(/^Diner afgelast/) });

    // A repeat with the old version changes nothing and sends nothing more.
    await expect(cancelDinner(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await expect(cancelDinner(await world.as.coordinator(), world.programme.id, { dinnerId: dinner.id, version: 2 })).rejects.toMatchObject({ messageKey: "notPlanned" });
    expect(await db.email.count({ where: { dedupeKey: { contains: dinner.id } } })).toBe(1);
  });

  it("is denied to allies, police liaisons and another programme's coordinator", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    for (const viewer of [await world.as.ally(), await world.as.police(), await world.as.outsider()]) {
      await expect(cancelDinner(viewer, world.programme.id, { dinnerId: dinner.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(cancelDinner(await world.as.outsider(), world.other.id, { dinnerId: dinner.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).status).toBe("PLANNED");
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner } from "@/lib/demo/factories";
import { FieldError, NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { updateAccountInput } from "@/lib/account/account-input";
import { respondToDinnerInput } from "./dinner-input";
import { respondToDinner } from "./respond-to-dinner";
import { updateDinner } from "./update-dinner";

const now = new Date("2026-11-21T12:00:00Z");

describe("respondToDinner", () => {
  it("keeps one answer per member and dinner, changed in place, with per-dinner dietary needs", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    const ally = await world.as.ally();
    await respondToDinner(ally, world.programme.id, { dinnerId: dinner.id, response: "MAYBE", dietaryNeeds: "Halal" }, now);
    await respondToDinner(ally, world.programme.id, { dinnerId: dinner.id, response: "YES", dietaryNeeds: " Halal, no nuts " }, now);
    const rows = await db.rsvp.findMany({ where: { dinnerId: dinner.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ membershipId: world.ally.membership.id, response: "YES", dietaryNeeds: "Halal, no nuts" });
    expect((await db.person.findUniqueOrThrow({ where: { id: world.ally.person.id } })).dietaryNeeds).toBe("Halal");
  });

  it("saves the dietary needs as the person's default when asked", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    await respondToDinner(await world.as.ally(), world.programme.id, { dinnerId: dinner.id, response: "YES", dietaryNeeds: "Vegetarian", saveDietaryDefault: true }, now);
    expect((await db.person.findUniqueOrThrow({ where: { id: world.ally.person.id } })).dietaryNeeds).toBe("Vegetarian");
  });

  it("takes the longest default the account form saves, since the answer form is filled from it", () => {
    const longest = "No nuts, no sesame. ".repeat(25);
    const saved = updateAccountInput.parse({ name: "Nadia", phone: "", dietaryNeeds: longest, version: "1" });
    expect(saved.dietaryNeeds).toBe(longest.trim());
    const answer = respondToDinnerInput.safeParse({ programmeId: "p", dinnerId: "d", response: "YES", dietaryNeeds: saved.dietaryNeeds });
    expect(answer.success).toBe(true);
  });

  it("refuses answers to cancelled or past dinners", async () => {
    const world = await dinnerProgramme();
    const cancelled = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z"), status: "CANCELLED" });
    const past = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-01T17:30:00Z") });
    for (const dinner of [cancelled, past]) {
      await expect(respondToDinner(await world.as.ally(), world.programme.id, { dinnerId: dinner.id, response: "YES" }, now)).rejects.toBeInstanceOf(FieldError);
    }
    expect(await db.rsvp.count({ where: { membership: { programmeId: world.programme.id } } })).toBe(0);
  });

  it("refuses an answer to a start the member did not see, and saves no default with it", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2027-03-10T17:30:00Z") });
    const answer = { dinnerId: dinner.id, response: "YES" as const, dietaryNeeds: "Vegan", saveDietaryDefault: true };
    await expect(respondToDinner(await world.as.ally(), world.programme.id, { ...answer, seenStartsAt: "2027-03-09T17:30:00.000Z" }, now)).rejects.toEqual(new FieldError("form", "dinnerMoved"));
    await expect(respondToDinner(await world.as.ally(), world.programme.id, { ...answer, seenStartsAt: "not a date" }, now)).rejects.toEqual(new FieldError("form", "dinnerMoved"));
    expect(await db.rsvp.count({ where: { dinnerId: dinner.id } })).toBe(0);
    expect((await db.person.findUniqueOrThrow({ where: { id: world.ally.person.id } })).dietaryNeeds).toBe("Halal");
    await respondToDinner(await world.as.ally(), world.programme.id, { ...answer, seenStartsAt: dinner.startsAt.toISOString() }, now);
    expect((await db.person.findUniqueOrThrow({ where: { id: world.ally.person.id } })).dietaryNeeds).toBe("Vegan");
  });

  it("an answer and a move at the same moment: the answer is refused, or its member is told of the move", async () => {
    const world = await dinnerProgramme();
    const [ally, coordinator] = [await world.as.ally(), await world.as.coordinator()];
    const venue = { venueKind: "TOWN_HALL" as const, venueName: "Town hall", venueAddress: "Stadsplateau 1, Utrecht", hostParty: "MUNICIPALITY" as const, capacity: 16 };
    for (let day = 10; day < 20; day++) {
      const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date(`2027-03-${day}T17:30:00Z`) });
      const [answered] = await Promise.allSettled([
        respondToDinner(ally, world.programme.id, { dinnerId: dinner.id, response: "YES", seenStartsAt: dinner.startsAt.toISOString() }, now),
        updateDinner(coordinator, world.programme.id, { ...venue, startsAt: `2027-04-${day}T19:00`, endsAt: "", dinnerId: dinner.id, version: dinner.version }),
      ]);
      const told = await db.email.count({ where: { to: world.ally.person.email, dedupeKey: { startsWith: `dinner-changed:${dinner.id}:` } } });
      if (answered.status === "fulfilled") expect(told, `day ${day}`).toBe(1);
      else expect(answered.reason).toEqual(new FieldError("form", "dinnerMoved"));
    }
  });

  it("is denied to a member of another programme, also through their own programme's id", async () => {
    const world = await dinnerProgramme();
    const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    const outsider = await world.as.outsider();
    await expect(respondToDinner(outsider, world.programme.id, { dinnerId: dinner.id, response: "YES" }, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToDinner(outsider, world.other.id, { dinnerId: dinner.id, response: "YES" }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.rsvp.count({ where: { membership: { programmeId: world.programme.id } } })).toBe(0);
  });
});

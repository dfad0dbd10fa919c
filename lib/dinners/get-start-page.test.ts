import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createPerson, createProgramme, createRsvp } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { getStartPage } from "./get-start-page";

const now = new Date("2026-11-21T12:00:00Z");

describe("getStartPage", () => {
  it("shows the next planned dinner across the member's programmes, who is coming, and the later ones", async () => {
    const world = await dinnerProgramme();
    const second = await createProgramme(db, { name: "Second programme" });
    await db.membership.create({ data: { programmeId: second.id, personId: world.ally.person.id, party: "COMMUNITY", role: "ALLY" } });
    const later = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-20T17:30:00Z") });
    const next = await createDinner(db, { programmeId: second.id, startsAt: new Date("2026-12-01T17:30:24.511Z") });
    await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-05T17:30:00Z"), status: "CANCELLED" });
    await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-11-01T17:30:00Z") });
    await createDinner(db, { programmeId: world.other.id, startsAt: new Date("2026-11-25T17:30:00Z") });
    const joost = await createMember(db, { programmeId: second.id, party: "POLICE", person: { name: "Joost Bakker" } });
    await createRsvp(db, { dinnerId: next.id, membershipId: joost.membership.id, response: "YES" });

    const mine = await getStartPage(await viewerOf(world.ally.person.id), now);
    expect(mine.next).toMatchObject({ id: next.id, programmeName: "Second programme", coming: [{ firstName: "Joost", party: "POLICE" }], myAnswer: { response: null, dietaryNeeds: "Halal" } });
    expect(mine.next!.balance).toEqual({ POLICE: 1, MUNICIPALITY: 0, COMMUNITY: 0 });
    expect(mine.later.map((d) => d.id)).toEqual([later.id]);
    expect(mine.programmes.map((p) => p.id).sort()).toEqual([world.programme.id, second.id].sort());
    // Times come back as the same instants to the millisecond (the answer form sends it back).
    expect(mine.next!.startsAt).toEqual(new Date("2026-12-01T17:30:24.511Z"));
    expect(mine.later[0]!.endsAt).toBeInstanceOf(Date);
  });

  it("shows the member's own answer and per-dinner dietary needs", async () => {
    const world = await dinnerProgramme();
    const next = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-01T17:30:00Z") });
    await createRsvp(db, { dinnerId: next.id, membershipId: world.ally.membership.id, response: "MAYBE", dietaryNeeds: "" });
    const mine = await getStartPage(await viewerOf(world.ally.person.id), now);
    expect(mine.next!.myAnswer).toEqual({ response: "MAYBE", dietaryNeeds: "" });
  });

  it("counts the programmes a regional coordinator follows, without a membership", async () => {
    const regional = await createPerson(db);
    const [a, b] = [await createProgramme(db, { name: "A" }), await createProgramme(db, { name: "B" })];
    await db.regionalCoordinator.createMany({ data: [a, b].map((programme) => ({ personId: regional.id, programmeId: programme.id })) });
    expect(await getStartPage(await viewerOf(regional.id), now)).toMatchObject({ programmes: [], next: null, regionalProgrammes: 2 });
  });

  it("is empty for someone in no programme", async () => {
    const nobody = await createPerson(db);
    expect(await getStartPage(await viewerOf(nobody.id), now)).toEqual({ programmes: [], next: null, later: [], trustChecks: [], regionalProgrammes: 0 });
  });
});

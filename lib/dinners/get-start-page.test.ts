import { hashSecretToken } from "@/lib/security/secret-token";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createPerson, createProgramme, createRsvp } from "@/lib/demo/factories";
import { viewerOf } from "@/tests/support/viewers";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { viewerAndPartFromSessionToken } from "@/lib/auth/viewer";
import { createQueryCounter } from "@/tests/support/count-queries";
import { getStartPage, startPagePart } from "./get-start-page";

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

  it("leaves out dinners of a programme the member has left", async () => {
    const world = await dinnerProgramme();
    const left = await createProgramme(db, { name: "Left programme" });
    await db.membership.create({ data: { programmeId: left.id, personId: world.ally.person.id, party: "COMMUNITY", role: "ALLY", leftAt: new Date("2026-10-01T00:00:00Z") } });
    const kept = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    await createDinner(db, { programmeId: left.id, startsAt: new Date("2026-12-01T17:30:00Z") });
    const mine = await getStartPage(await viewerOf(world.ally.person.id), now);
    expect(mine.next?.id).toBe(kept.id);
    expect(mine.later).toEqual([]);
  });

  it("is read with the viewer from the session in one statement, as the page reads it", async () => {
    const world = await dinnerProgramme();
    await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-01T17:30:00Z") });
    const token = `start-${world.ally.person.id}`;
    await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: world.ally.person.id, expires: new Date(now.getTime() + 3_600_000) } });
    const counter = createQueryCounter();
    try {
      const { result, queries } = await counter.count(() => viewerAndPartFromSessionToken(token, startPagePart(now), now));
      expect(queries).toHaveLength(1);
      expect(result?.viewer).toEqual(await viewerOf(world.ally.person.id));
      expect(result?.part).toEqual(await getStartPage(result!.viewer, now));
    } finally {
      await counter.disconnect();
    }
    // An expired session shows nothing, its part included.
    expect(await viewerAndPartFromSessionToken(token, startPagePart(now), new Date(now.getTime() + 7_200_000))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createRsvp } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { getDinner } from "./get-dinner";

const now = new Date("2026-11-21T12:00:00Z");

async function setup() {
  const world = await dinnerProgramme();
  const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z"), capacity: 1, venueAddress: "Spui 70, Den Haag" });
  const els = await createMember(db, { programmeId: world.programme.id, person: { name: "Els Jansen" } });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: els.membership.id, response: "YES", dietaryNeeds: "No nuts" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: world.coordinator.membership.id, response: "YES" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: world.police.membership.id, response: "MAYBE", dietaryNeeds: "Vegan" });
  return { ...world, dinner };
}

describe("getDinner", () => {
  it("shows who is coming by first name and party, the balance, and the member's default dietary needs", async () => {
    const { programme, dinner, as } = await setup();
    const detail = await getDinner(await as.ally(), programme.id, dinner.id, now);
    expect(detail.coming).toEqual([
      { firstName: "Sanne", party: "MUNICIPALITY" },
      { firstName: "Els", party: "COMMUNITY" },
    ]);
    expect(detail.balance).toEqual({ POLICE: 0, MUNICIPALITY: 1, COMMUNITY: 1 });
    expect(detail.counts).toEqual({ yes: 2, maybe: 1, no: 0 });
    expect(detail.myAnswer).toEqual({ response: null, dietaryNeeds: "Halal" });
    expect(detail.dinner.mapUrl).toBe("https://www.openstreetmap.org/search?query=Spui%2070%2C%20Den%20Haag");
    expect(detail.open).toBe(true);
    expect(detail.planning).toBeNull();
    expect(JSON.stringify(detail)).not.toContain("Jansen");
  });

  it("warns planners about a missing party and over capacity, with anonymous dietary needs", async () => {
    const { programme, dinner, as } = await setup();
    const detail = await getDinner(await as.coordinator(), programme.id, dinner.id, now);
    expect(detail.planning).toEqual({ missingParties: ["POLICE"], absentParties: [], overCapacity: true, dietaryNeeds: ["No nuts", "Vegan"] });
    expect(detail.myAnswer.response).toBe("YES");
  });

  it("is denied to a member of another programme, and a dinner of another programme is absent", async () => {
    const { programme, other, dinner, as } = await setup();
    await expect(getDinner(await as.outsider(), programme.id, dinner.id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDinner(await as.outsider(), other.id, dinner.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

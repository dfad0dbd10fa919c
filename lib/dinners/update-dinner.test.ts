import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createRsvp } from "@/lib/demo/factories";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { dinnerProgramme } from "@/tests/support/dinner-programme";
import { updateDinner } from "./update-dinner";

const fields = { startsAt: "2026-12-10T18:30", endsAt: "2026-12-10T21:00", venueKind: "TOWN_HALL" as const, venueName: "Town hall", venueAddress: "Stadsplateau 1, Utrecht", hostParty: "MUNICIPALITY" as const, capacity: 16 };

async function setup() {
  const world = await dinnerProgramme();
  const dinner = await createDinner(db, { programmeId: world.programme.id, startsAt: new Date("2026-12-10T17:30:00Z") });
  const maybe = await createMember(db, { programmeId: world.programme.id, person: { locale: null } });
  const no = await createMember(db, { programmeId: world.programme.id });
  const gone = await createMember(db, { programmeId: world.programme.id });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: world.ally.membership.id, response: "YES" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: maybe.membership.id, response: "MAYBE" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: no.membership.id, response: "NO" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: gone.membership.id, response: "YES" });
  await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: new Date() } });
  return { ...world, dinner, maybe, no };
}

describe("updateDinner", () => {
  it("moving a dinner bumps its sequence and e-mails only those who said yes or maybe, in their language", async () => {
    const { programme, dinner, ally, maybe, as } = await setup();
    const result = await updateDinner(await as.coordinator(), programme.id, { ...fields, startsAt: "2026-12-11T19:00", endsAt: "", dinnerId: dinner.id, version: 1 });
    expect(result).toMatchObject({ moved: true, notified: 2 });
    const saved = await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } });
    expect(saved).toMatchObject({ version: 2, sequence: 1 });
    expect(saved.startsAt.toISOString()).toBe("2026-12-11T18:00:00.000Z");
    expect(saved.endsAt.toISOString()).toBe("2026-12-11T20:30:00.000Z");

    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `dinner-changed:${dinner.id}:` } }, orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to).sort()).toEqual([ally.person.email, maybe.person.email].sort());
    const dutch = emails.find((e) => e.to === ally.person.email)!;
    expect(dutch.subject).toMatch(/^Diner gewijzigd/);
    expect(dutch.text).toContain("openstreetmap.org/search?query=");
    expect(emails.find((e) => e.to === maybe.person.email)!.subject).toMatch(/^Dinner changed/);
  });

  it("an end left unchanged moves along with a new start, keeping the length", async () => {
    const { programme, dinner, as } = await setup();
    await updateDinner(await as.coordinator(), programme.id, { ...fields, startsAt: "2026-12-12T19:00", endsAt: "2026-12-10T21:00", dinnerId: dinner.id, version: 1 });
    const saved = await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } });
    expect(saved.startsAt.toISOString()).toBe("2026-12-12T18:00:00.000Z");
    expect(saved.endsAt.toISOString()).toBe("2026-12-12T20:30:00.000Z");
    await expect(updateDinner(await as.coordinator(), programme.id, { ...fields, startsAt: "2026-12-12T19:00", endsAt: "2026-12-12T18:00", dinnerId: dinner.id, version: 2 })).rejects.toMatchObject({ messageKey: "endBeforeStart" });
  });

  it("changing only the host or capacity notifies nobody and keeps the sequence", async () => {
    const { programme, dinner, as } = await setup();
    const result = await updateDinner(await as.coordinator(), programme.id, { ...fields, startsAt: "2026-12-10T18:30", endsAt: "2026-12-10T21:00", capacity: 20, hostParty: "POLICE", dinnerId: dinner.id, version: 1 });
    expect(result).toMatchObject({ moved: false, notified: 0 });
    expect(await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).toMatchObject({ version: 2, sequence: 0, capacity: 20, hostParty: "POLICE" });
    expect(await db.email.count({ where: { dedupeKey: { contains: dinner.id } } })).toBe(0);
  });

  it("a second edit based on the old version gets a conflict carrying the newer values", async () => {
    const { programme, dinner, as } = await setup();
    const coordinator = await as.coordinator();
    await updateDinner(coordinator, programme.id, { ...fields, venueName: "First save", dinnerId: dinner.id, version: 1 });
    const stale = updateDinner(coordinator, programme.id, { ...fields, venueName: "Second save", dinnerId: dinner.id, version: 1 });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { version: 2, venueName: "First save", startsAt: "2026-12-10T18:30" } });
    expect((await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).venueName).toBe("First save");
  });

  it("is denied to allies and to another programme's coordinator", async () => {
    const { programme, dinner, other, as } = await setup();
    await expect(updateDinner(await as.ally(), programme.id, { ...fields, dinnerId: dinner.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDinner(await as.outsider(), programme.id, { ...fields, dinnerId: dinner.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateDinner(await as.outsider(), other.id, { ...fields, dinnerId: dinner.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).version).toBe(1);
  });
});

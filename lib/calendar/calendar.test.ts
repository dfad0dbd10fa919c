import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { getCalendarFeed } from "./get-calendar-feed";
import { getCalendarSettings } from "./get-calendar-settings";
import { getDinnerCalendar } from "./get-dinner-calendar";
import { resetCalendarToken } from "./reset-calendar-token";

const now = new Date();
const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());

async function twoProgrammes() {
  const home = await createProgramme(db, { name: "Allies Home" });
  const away = await createProgramme(db, { name: "Allies Away" });
  const stranger = await createProgramme(db, { name: "Allies Stranger" });
  const ally = await createMember(db, { programmeId: home.id, person: { locale: "nl" } });
  await db.membership.create({ data: { programmeId: away.id, personId: ally.person.id, party: "COMMUNITY", role: "ALLY" } });
  const outsider = await createMember(db, { programmeId: stranger.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const homeDinner = await createDinner(db, { programmeId: home.id, startsAt: addDays(now, 10) });
  const cancelled = await createDinner(db, { programmeId: away.id, startsAt: addDays(now, 20), status: "CANCELLED" });
  const held = await createDinner(db, { programmeId: home.id, startsAt: addDays(now, -30), status: "HELD" });
  const strangerDinner = await createDinner(db, { programmeId: stranger.id, startsAt: addDays(now, 5) });
  return { home, away, stranger, ally, outsider, homeDinner, cancelled, held, strangerDinner };
}

describe("getDinnerCalendar", () => {
  it("gives a member the dinner as an .ics event in their language", async () => {
    const { home, ally, homeDinner } = await twoProgrammes();
    await db.dinner.update({ where: { id: homeDinner.id }, data: { sequence: 2 } });
    const { ics, filename } = await getDinnerCalendar(await viewerOf(ally.person.id), home.id, homeDinner.id);
    expect(filename).toMatch(/^allies-dinner-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(uids(ics)).toEqual([`dinner-${homeDinner.id}@allies`]);
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain("SUMMARY:Allies-diner – Allies Home");
  });

  it("is denied to other programmes' members, for dinners of another programme, and when signed out", async () => {
    const { home, stranger, ally, outsider, homeDinner, strangerDinner } = await twoProgrammes();
    await expect(getDinnerCalendar(await viewerOf(outsider.person.id), home.id, homeDinner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDinnerCalendar(await viewerOf(ally.person.id), home.id, strangerDinner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDinnerCalendar(await viewerOf(ally.person.id), stranger.id, strangerDinner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDinnerCalendar(null, home.id, homeDinner.id)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("calendar feed", () => {
  it("lists the person's dinners across their active programmes, cancelled ones as cancelled", async () => {
    const { away, ally, homeDinner, cancelled, held, strangerDinner } = await twoProgrammes();
    const token = (await db.person.findUniqueOrThrow({ where: { id: ally.person.id } })).calendarToken;
    const ics = (await getCalendarFeed(token))!;
    expect(uids(ics).sort()).toEqual([homeDinner.id, cancelled.id, held.id].map((id) => `dinner-${id}@allies`).sort());
    expect(uids(ics)).not.toContain(`dinner-${strangerDinner.id}@allies`);
    const cancelledEvent = ics.split("BEGIN:VEVENT").find((e) => e.includes(cancelled.id))!;
    expect(cancelledEvent).toContain("STATUS:CANCELLED");

    await db.membership.updateMany({ where: { personId: ally.person.id, programmeId: away.id }, data: { leftAt: now } });
    expect(uids((await getCalendarFeed(token))!)).not.toContain(`dinner-${cancelled.id}@allies`);
  });

  it("shows the feed address, and after a reset the old address no longer works", async () => {
    const { ally } = await twoProgrammes();
    const viewer = await viewerOf(ally.person.id);
    const before = await getCalendarSettings(viewer);
    const oldToken = before.feedUrl.split("/calendar/")[1]!.replace("/feed.ics", "");
    expect(before.webcalUrl).toBe(before.feedUrl.replace(/^https?:/, "webcal:"));
    expect(await getCalendarFeed(oldToken)).toContain("BEGIN:VCALENDAR");

    const newToken = await resetCalendarToken(viewer);
    expect(newToken).not.toBe(oldToken);
    expect(newToken.length).toBeGreaterThanOrEqual(40);
    expect(await getCalendarFeed(oldToken)).toBeNull();
    expect(await getCalendarFeed(newToken)).toContain("BEGIN:VCALENDAR");
    expect((await getCalendarSettings(viewer)).feedUrl).toContain(newToken);
  });

  it("returns nothing for unknown tokens, and the settings need a signed-in person", async () => {
    await createPerson(db);
    expect(await getCalendarFeed("nope")).toBeNull();
    expect(await getCalendarFeed("")).toBeNull();
    await expect(getCalendarSettings(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(resetCalendarToken(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

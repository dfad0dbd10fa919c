import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createPerson, createProgramme } from "@/lib/demo/factories";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { feedTokenOf } from "@/tests/support/calendar-feed";
import { viewerOf } from "@/tests/support/viewers";
import { getCalendarFeed } from "./get-calendar-feed";
import { calendarFeedLifetimeDays } from "./calendar-feed-token";
import { getCalendarSettings } from "./get-calendar-settings";
import { makeCalendarFeed } from "./make-calendar-feed";
import { makeCalendarFeedInput } from "./make-calendar-feed-input";
import { getDinnerCalendar } from "./get-dinner-calendar";

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
    const token = feedTokenOf((await makeCalendarFeed(await viewerOf(ally.person.id))).feedUrl);
    const ics = (await getCalendarFeed(token))!;
    expect(uids(ics).sort()).toEqual([homeDinner.id, cancelled.id, held.id].map((id) => `dinner-${id}@allies`).sort());
    expect(uids(ics)).not.toContain(`dinner-${strangerDinner.id}@allies`);
    const cancelledEvent = ics.split("BEGIN:VEVENT").find((e) => e.includes(cancelled.id))!;
    expect(cancelledEvent).toContain("STATUS:CANCELLED");

    await db.membership.updateMany({ where: { personId: ally.person.id, programmeId: away.id }, data: { leftAt: now } });
    expect(uids((await getCalendarFeed(token))!)).not.toContain(`dinner-${cancelled.id}@allies`);
  });

  it("is made by the person and shown once; only its hash is kept; making it needs the tick; a new one ends the old one", async () => {
    const { ally } = await twoProgrammes();
    const viewer = await viewerOf(ally.person.id);
    expect(await getCalendarSettings(viewer)).toEqual({ expiresAt: null });

    const first = await makeCalendarFeed(viewer, now);
    const oldToken = feedTokenOf(first.feedUrl);
    expect(oldToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.webcalUrl).toBe(first.feedUrl.replace(/^https?:/, "webcal:"));
    expect(JSON.stringify(await db.person.findUniqueOrThrow({ where: { id: ally.person.id } }))).not.toContain(oldToken);
    expect((await getCalendarSettings(viewer, now)).expiresAt).toEqual(addDays(now, calendarFeedLifetimeDays));
    expect(await getCalendarFeed(oldToken)).toContain("BEGIN:VCALENDAR");

    // The form's tick: without it nothing is made.
    expect(makeCalendarFeedInput.safeParse({}).success).toBe(false);
    expect(makeCalendarFeedInput.safeParse({ confirm: "on" }).success).toBe(true);
    const newToken = feedTokenOf((await makeCalendarFeed(viewer)).feedUrl);
    expect(newToken).not.toBe(oldToken);
    expect(await getCalendarFeed(oldToken)).toBeNull();
    expect(await getCalendarFeed(newToken)).toContain("BEGIN:VCALENDAR");
  });

  it("expires after its lifetime unused, and every fetch renews it (at most one write a day)", async () => {
    const { ally } = await twoProgrammes();
    const viewer = await viewerOf(ally.person.id);
    const made = new Date("2026-06-01T10:00:00Z");
    const token = feedTokenOf((await makeCalendarFeed(viewer, made)).feedUrl);
    const expiresAt = async () => (await db.person.findUniqueOrThrow({ where: { id: ally.person.id } })).calendarTokenExpiresAt;

    // Fetched 100 days later: renewed to a full lifetime from then.
    const later = addDays(made, 100);
    expect(await getCalendarFeed(token, later)).toContain("BEGIN:VCALENDAR");
    expect(await expiresAt()).toEqual(addDays(later, calendarFeedLifetimeDays));
    // Fetched again within the day: no write.
    const updatedAt = (await db.person.findUniqueOrThrow({ where: { id: ally.person.id } })).updatedAt;
    expect(await getCalendarFeed(token, addHours(later, 12))).toContain("BEGIN:VCALENDAR");
    expect((await db.person.findUniqueOrThrow({ where: { id: ally.person.id } })).updatedAt).toEqual(updatedAt);

    // Unused for its whole lifetime: gone, and the page says there is no address.
    const expired = addDays(later, calendarFeedLifetimeDays);
    expect(await getCalendarFeed(token, expired)).toBeNull();
    expect(await getCalendarSettings(viewer, expired)).toEqual({ expiresAt: null });
    expect(feedTokenOf((await makeCalendarFeed(viewer, expired)).feedUrl)).not.toBe(token);
  });

  it("returns nothing for unknown tokens, and the settings need a signed-in person", async () => {
    await createPerson(db);
    expect(await getCalendarFeed("nope")).toBeNull();
    expect(await getCalendarFeed("")).toBeNull();
    await expect(getCalendarSettings(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(makeCalendarFeed(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

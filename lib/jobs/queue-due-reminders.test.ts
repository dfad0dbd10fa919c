import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme, createRsvp } from "@/lib/demo/factories";
import { dueReminderDays, queueDueReminders, reminderDedupeKey } from "./queue-due-reminders";
import { linkTokenSlot } from "@/lib/email/email-links";
import { hashSecretToken } from "@/lib/security/secret-token";
import { mailbox } from "@/tests/support/mailbox";

const now = new Date("2026-11-21T12:00:00Z");

describe("dueReminderDays", () => {
  const startsAt = new Date("2026-12-01T17:30:00Z");
  it("is the nearest lead time already passed, or null", () => {
    expect(dueReminderDays(startsAt, [7, 1], new Date("2026-11-20T00:00:00Z"))).toBeNull();
    expect(dueReminderDays(startsAt, [7, 1], new Date("2026-11-24T17:30:00Z"))).toBe(7);
    expect(dueReminderDays(startsAt, [7, 1], new Date("2026-11-30T18:00:00Z"))).toBe(1);
    expect(dueReminderDays(startsAt, [], new Date("2026-11-30T18:00:00Z"))).toBeNull();
  });
});

async function setup(reminderDaysBefore = [7, 1]) {
  const programme = await createProgramme(db, { reminderDaysBefore, timeZone: "Europe/Amsterdam" });
  const yes = await createMember(db, { programmeId: programme.id, person: { locale: "nl" } });
  const maybe = await createMember(db, { programmeId: programme.id, party: "POLICE", role: "POLICE_LIAISON" });
  const silent = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const no = await createMember(db, { programmeId: programme.id });
  const gone = await createMember(db, { programmeId: programme.id });
  await db.membership.update({ where: { id: gone.membership.id }, data: { leftAt: addDays(now, -1) } });
  // 5 days ahead: the 7-day reminder is due (it fell due two days ago, e.g. while the app was down).
  const dinner = await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, 5), venueName: "Buurthuis", venueAddress: "Hoefkade 9" });
  await db.dinner.update({ where: { id: dinner.id }, data: { guestNotes: "Side door" } });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: yes.membership.id, response: "YES" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: maybe.membership.id, response: "MAYBE" });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: no.membership.id, response: "NO" });
  return { programme, dinner, yes, maybe, silent, no, gone };
}

describe("queueDueReminders", () => {
  it("queues one reminder per member who said yes, maybe or nothing, in their language, with the answer links", async () => {
    const { programme, dinner, yes, maybe, silent } = await setup();
    await queueDueReminders(now);

    const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:` } }, orderBy: { to: "asc" } });
    expect(emails.map((e) => e.dedupeKey).sort()).toEqual(
      [yes, maybe, silent].map((m) => reminderDedupeKey(dinner.id, m.membership.id, 7)).sort(),
    );
    const dutch = emails.find((e) => e.to === yes.person.email)!;
    expect(dutch.subject).toMatch(/^Herinnering: Allies-diner op donderdag 26 november 2026/);
    expect(dutch.text).toContain("Wanneer: donderdag 26 november 2026, 13:00");
    expect(dutch.text).toContain("Waar: Buurthuis, Hoefkade 9");
    expect(dutch.text).toContain("Side door");
    // Issue 14: the answer links carry a token for this member and dinner (no sign-in needed).
    // The token is made when the e-mail is sent: the outbox holds a slot in its place.
    expect(dutch.text).toContain(`/answer/${linkTokenSlot}?answer=YES`);
    const received = (await mailbox().send()).find((m) => m.to === yes.person.email)!;
    const link = received.text.match(/\/answer\/([\w-]{43})\?answer=YES/);
    expect(link).not.toBeNull();
    for (const answer of ["MAYBE", "NO"]) expect(received.text).toContain(`/answer/${link![1]}?answer=${answer}`);
    expect(await db.dinnerAnswerLink.count({ where: { dinnerId: dinner.id, tokenHash: hashSecretToken(link![1]!) } })).toBe(1);
    expect(await db.dinnerAnswerLink.count({ where: { dinnerId: dinner.id } })).toBe(3);
    expect(programme.id).toBeTruthy();
    const english = emails.find((e) => e.to === silent.person.email)!;
    expect(english.subject).toMatch(/^Reminder: Allies dinner on Thursday, November 26, 2026/);
    expect(english.text).toContain("Your answer so far: Not answered yet");
  });

  it("sends each reminder once, and the next one when it falls due", async () => {
    const { dinner } = await setup();
    await queueDueReminders(now);
    await queueDueReminders(addHours(now, 1));
    await Promise.all([queueDueReminders(addHours(now, 2)), queueDueReminders(addHours(now, 2))]);
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:` } } })).toBe(3);

    await queueDueReminders(addDays(now, 4.5)); // 1 day before
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:`, endsWith: ":1" } } })).toBe(3);
    expect(await db.email.count({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:` } } })).toBe(6);
  });

  it("sends nothing when reminders are off, for cancelled or past dinners, or before the first is due", async () => {
    const off = await setup([]);
    const on = await setup([7, 1]);
    await db.dinner.update({ where: { id: on.dinner.id }, data: { status: "CANCELLED" } });
    const later = await createDinner(db, { programmeId: on.programme.id, startsAt: addDays(now, 10) });
    const past = await createDinner(db, { programmeId: on.programme.id, startsAt: addDays(now, -1) });
    await queueDueReminders(now);
    for (const dinner of [off.dinner, on.dinner, later, past]) {
      expect(await db.email.count({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:` } } })).toBe(0);
    }
  });
});

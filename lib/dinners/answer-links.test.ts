import { randomUUID } from "node:crypto";
import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme, createRsvp } from "@/lib/demo/factories";
import { NotFoundError } from "@/lib/errors";
import { queueDueReminders } from "@/lib/jobs/queue-due-reminders";
import { viewerOf } from "@/tests/support/viewers";
import { answerDinnerByLink, getDinnerByAnswerLink, storeAnswerLink } from "./answer-links";
import { updateDinner } from "./update-dinner";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";
import { linkTokenSlot } from "@/lib/email/email-links";
import { mailbox } from "@/tests/support/mailbox";

const now = new Date("2026-11-21T12:00:00Z");

async function setup() {
  const programme = await createProgramme(db, { reminderDaysBefore: [7], timeZone: "Europe/Amsterdam" });
  const ally = await createMember(db, { programmeId: programme.id, person: { name: "Ayla" } });
  const other = await createMember(db, { programmeId: programme.id });
  const dinner = await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, 5) });
  const link = newSecretToken();
  await storeAnswerLink(db, { id: randomUUID(), tokenHash: link.tokenHash, dinnerId: dinner.id, membershipId: ally.membership.id, expiresAt: dinner.startsAt });
  return { programme, ally, other, dinner, token: link.token };
}

const answerOf = (dinnerId: string, membershipId: string) => db.rsvp.findUnique({ where: { dinnerId_membershipId: { dinnerId, membershipId } }, select: { response: true } });

describe("reminder answer links (issue 14)", () => {
  it("are 32 random bytes, stored only as their sha256", async () => {
    const { token, dinner } = await setup();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.dinnerAnswerLink.findFirstOrThrow({ where: { dinnerId: dinner.id } });
    expect(row.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("opening the link (GET) shows the dinner and records nothing", async () => {
    const { token, dinner, ally } = await setup();
    const shown = await getDinnerByAnswerLink(token, now);
    expect(shown).toMatchObject({ name: "Ayla", dinnerId: dinner.id, response: null, open: true, cancelled: false });
    expect(await answerOf(dinner.id, ally.membership.id)).toBeNull();
  });

  it("records the answer for that member and dinner only, and lets them change it", async () => {
    const { token, dinner, ally, other } = await setup();
    await createRsvp(db, { dinnerId: dinner.id, membershipId: other.membership.id, response: "NO" });
    await answerDinnerByLink(token, { response: "YES" }, now);
    expect(await answerOf(dinner.id, ally.membership.id)).toEqual({ response: "YES" });
    await answerDinnerByLink(token, { response: "MAYBE" }, addHours(now, 1));
    expect(await answerOf(dinner.id, ally.membership.id)).toEqual({ response: "MAYBE" });
    expect((await getDinnerByAnswerLink(token, now))?.response).toBe("MAYBE");
    expect(await answerOf(dinner.id, other.membership.id)).toEqual({ response: "NO" });
  });

  it("refuses unknown and expired links and ended memberships alike", async () => {
    const { token, dinner, ally } = await setup();
    await expect(answerDinnerByLink(newSecretToken().token, { response: "YES" }, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerDinnerByLink("../etc", { response: "YES" }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDinnerByAnswerLink(token, dinner.startsAt)).toBeNull();
    await expect(answerDinnerByLink(token, { response: "YES" }, addHours(dinner.startsAt, 1))).rejects.toBeInstanceOf(NotFoundError);
    await db.membership.update({ where: { id: ally.membership.id }, data: { leftAt: now } });
    expect(await getDinnerByAnswerLink(token, now)).toBeNull();
    await expect(answerDinnerByLink(token, { response: "YES" }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await answerOf(dinner.id, ally.membership.id)).toBeNull();
  });

  it("takes no answer for a cancelled dinner, and says so", async () => {
    const { token, dinner, ally } = await setup();
    await db.dinner.update({ where: { id: dinner.id }, data: { status: "CANCELLED" } });
    expect(await getDinnerByAnswerLink(token, now)).toMatchObject({ cancelled: true, open: false });
    await expect(answerDinnerByLink(token, { response: "YES" }, now)).rejects.toMatchObject({ messageKey: "dinnerCancelled" });
    expect(await answerOf(dinner.id, ally.membership.id)).toBeNull();
  });

  it("refuses an answer to a start the page did not show; with a move at the same moment, the member is refused or told", async () => {
    const first = await setup();
    const seenBefore = addDays(first.dinner.startsAt, -1).toISOString();
    await expect(answerDinnerByLink(first.token, { response: "YES", seenStartsAt: seenBefore }, now)).rejects.toMatchObject({ messageKey: "dinnerMoved" });
    expect(await answerOf(first.dinner.id, first.ally.membership.id)).toBeNull();
    const venue = { venueKind: "TOWN_HALL" as const, venueName: "Town hall", venueAddress: "Stadsplateau 1, Utrecht", hostParty: "MUNICIPALITY" as const, capacity: 16 };
    for (let round = 0; round < 6; round++) {
      const { programme, token, dinner, ally } = await setup();
      const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
      const [answered] = await Promise.allSettled([
        answerDinnerByLink(token, { response: "YES", seenStartsAt: dinner.startsAt.toISOString() }, now),
        updateDinner(await viewerOf(coordinator.person.id), programme.id, { ...venue, startsAt: "2026-11-28T19:00", endsAt: "", dinnerId: dinner.id, version: dinner.version }),
      ]);
      const told = await db.email.count({ where: { to: ally.person.email, dedupeKey: { startsWith: `dinner-changed:${dinner.id}:` } } });
      if (answered.status === "fulfilled") expect(told, `round ${round}`).toBe(1);
      else expect(answered.reason).toMatchObject({ messageKey: "dinnerMoved" });
    }
  });

  it("are created by the reminder job, one per new e-mail, expiring when the dinner starts", async () => {
    const { programme, dinner } = await setup();
    await db.dinnerAnswerLink.deleteMany({ where: { dinnerId: dinner.id } });
    await queueDueReminders(now);
    await queueDueReminders(addHours(now, 1)); // the same reminder again: no new e-mail, no new link
    const links = await db.dinnerAnswerLink.findMany({ where: { dinnerId: dinner.id } });
    expect(links).toHaveLength(2);
    for (const link of links) expect(link.expiresAt).toEqual(dinner.startsAt);
    // Until the e-mail is sent, the link's row holds the hash of a token nobody has.
    const email = await db.email.findFirstOrThrow({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:` } } });
    expect(email.text).toContain(`/answer/${linkTokenSlot}?answer=YES`);
    const sent = (await mailbox().send()).find((m) => m.subject === email.subject && m.to === email.to)!;
    const token = sent.text.match(/\/answer\/([\w-]{43})\?answer=YES/)![1]!;
    expect((await db.dinnerAnswerLink.findMany({ where: { dinnerId: dinner.id } })).map((l) => l.tokenHash)).toContain(hashSecretToken(token));
    expect(links.map((l) => l.tokenHash)).not.toContain(hashSecretToken(token));
    await answerDinnerByLink(token, { response: "YES" }, now);
    expect(await db.rsvp.count({ where: { dinnerId: dinner.id, response: "YES", membership: { programmeId: programme.id } } })).toBe(1);
  });
});

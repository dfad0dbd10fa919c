import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as feedRoute from "@/app/calendar/[token]/feed.ics/route";
import { db } from "@/lib/db";
import { createPerson, createProgramme } from "@/lib/demo/factories";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { invitationLifetimeMs } from "@/lib/invitations/invitation-token";
import { newSecretToken } from "@/lib/security/secret-token";
import { feedTokenOf } from "@/tests/support/calendar-feed";
import { viewerOf } from "@/tests/support/viewers";
import { migrationStatement } from "@/tests/support/migration-sql";
import { makeCalendarFeed } from "./make-calendar-feed";
import { getCalendarFeed } from "./get-calendar-feed";


describe("calendar feed tokens", () => {
  it("come from 32 random bytes, only when the person makes one: nobody starts with a feed address", async () => {
    const tokens = await Promise.all(Array.from({ length: 20 }, async () => feedTokenOf((await makeCalendarFeed(await viewerOf((await createPerson(db)).id))).feedUrl)));
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(20);

    expect(await createPerson(db)).toMatchObject({ calendarTokenHash: null, calendarTokenExpiresAt: null });
    const programme = await createProgramme(db);
    const { token, tokenHash } = newSecretToken();
    await db.invitation.create({ data: { programmeId: programme.id, email: "new-member@example.test", name: "New", party: "COMMUNITY", role: "ALLY", tokenHash, expiresAt: new Date(Date.now() + invitationLifetimeMs) } });
    await acceptInvitation({ token, consentToSharePhone: false });
    expect(await db.person.findUniqueOrThrow({ where: { email: "new-member@example.test" } })).toMatchObject({ calendarTokenHash: null, calendarTokenExpiresAt: null });
  });

  it("already subscribed go on working after the migration that hashed them in place, with a full lifetime", async () => {
    const hashInPlace = await migrationStatement("hashed_calendar_tokens", 'UPDATE "Person"');
    const person = await createPerson(db);
    const oldToken = newSecretToken().token;
    await db.$transaction(async (tx) => {
      // As the column held it before: the token itself. Only this row is hashed here.
      await tx.person.update({ where: { id: person.id }, data: { calendarTokenHash: oldToken } });
      await tx.$executeRawUnsafe(`${hashInPlace} WHERE "id" = $1`, person.id);
    });
    const after = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.calendarTokenHash).not.toBe(oldToken);
    expect(after.calendarTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 179 * 86_400_000);
    expect(await getCalendarFeed(oldToken)).toContain("BEGIN:VCALENDAR");
  });

  it("the feed is rate-limited per token, and unknown tokens per IP, never a working feed for others' guesses (429)", async () => {
    const feedToken = feedTokenOf((await makeCalendarFeed(await viewerOf((await createPerson(db)).id))).feedUrl);
    const get = (token: string, ip: string) =>
      feedRoute.GET(new NextRequest(`http://localhost:3000/calendar/${token}/feed.ics`, { headers: { "x-allies-client-address": ip } }), { params: Promise.resolve({ token }) });
    const statuses: number[] = [];
    for (let i = 0; i < feedRoute.feedLimits.perToken + 1; i++) statuses.push((await get(feedToken, `198.51.100.${i % 200}`)).status);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);

    const guesses: number[] = [];
    for (let i = 0; i < feedRoute.feedLimits.perIp + 1; i++) guesses.push((await get(newSecretToken().token, "203.0.113.50")).status);
    expect(guesses.filter((s) => s === 404)).toHaveLength(feedRoute.feedLimits.perIp);
    expect(guesses.at(-1)).toBe(429);
    // From that address (a calendar service fetching for everyone), a member's working feed
    // still answers.
    const other = feedTokenOf((await makeCalendarFeed(await viewerOf((await createPerson(db)).id))).feedUrl);
    expect((await get(other, "203.0.113.50")).status).toBe(200);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as feedRoute from "@/app/calendar/[token]/feed.ics/route";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { invitationLifetimeMs, newInvitationToken } from "@/lib/invitations/invitation-token";
import { createProgramme } from "@/lib/demo/factories";
import { newCalendarToken } from "./calendar-token";

const strong = /^[A-Za-z0-9_-]{43}$/;

describe("calendar feed tokens", () => {
  it("come from 32 random bytes wherever a person is made: factories, invitations, the database default", async () => {
    expect(newCalendarToken()).toMatch(strong);
    expect(new Set(Array.from({ length: 100 }, newCalendarToken)).size).toBe(100);
    expect((await createPerson(db)).calendarToken).toMatch(strong);

    const programme = await createProgramme(db);
    const { token, tokenHash } = newInvitationToken();
    await db.invitation.create({ data: { programmeId: programme.id, email: "new-member@example.test", name: "New", party: "COMMUNITY", role: "ALLY", tokenHash, expiresAt: new Date(Date.now() + invitationLifetimeMs) } });
    await acceptInvitation({ token, consentToSharePhone: false });
    expect((await db.person.findUniqueOrThrow({ where: { email: "new-member@example.test" } })).calendarToken).toMatch(strong);

    // Written without a token (raw SQL, as a script might): the database's own default.
    const [row] = await db.$queryRaw<{ calendarToken: string }[]>`
      INSERT INTO "Person" (id, name, email, "updatedAt") VALUES ('raw-person', 'Raw', 'raw@example.test', now()) RETURNING "calendarToken"`;
    expect(row!.calendarToken).toMatch(strong);
  });

  it("the migration rotates guessable (cuid/uuid) tokens and keeps strong ones", async () => {
    const weak = await createPerson(db, { calendarToken: "cmabc123def456ghi789jkl0m" });
    const uuid = await createPerson(db, { calendarToken: "3b241101-e2bb-4255-8caf-4136c566a962" });
    const kept = await createPerson(db);
    const migrations = path.resolve(__dirname, "../../prisma/migrations");
    const sql = readFileSync(path.join(migrations, "20261130024622_hardening", "migration.sql"), "utf8");
    const rotate = sql.split(";").map((s) => s.trim()).find((s) => s.includes('UPDATE "Person"'))!;
    await db.$executeRawUnsafe(rotate.replace(/^--.*$/gm, "").trim());
    const after = await db.person.findMany({ where: { id: { in: [weak.id, uuid.id, kept.id] } }, select: { id: true, calendarToken: true } });
    const byId = new Map(after.map((p) => [p.id, p.calendarToken]));
    expect(byId.get(weak.id)).toMatch(strong);
    expect(byId.get(uuid.id)).toMatch(strong);
    expect(byId.get(kept.id)).toBe(kept.calendarToken);
  });

  it("the feed is rate-limited per token and per IP (429), unknown tokens counting too", async () => {
    const person = await createPerson(db);
    const get = (token: string, ip: string) =>
      feedRoute.GET(new NextRequest(`http://localhost:3000/calendar/${token}/feed.ics`, { headers: { "x-allies-client-address": ip } }), { params: Promise.resolve({ token }) });
    const statuses: number[] = [];
    for (let i = 0; i < feedRoute.feedLimits.perToken + 1; i++) statuses.push((await get(person.calendarToken, `198.51.100.${i % 200}`)).status);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);

    const guesses: number[] = [];
    for (let i = 0; i < feedRoute.feedLimits.perIp + 1; i++) guesses.push((await get(newCalendarToken(), "203.0.113.50")).status);
    expect(guesses.filter((s) => s === 404)).toHaveLength(feedRoute.feedLimits.perIp);
    expect(guesses.at(-1)).toBe(429);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { authSecret } from "@/lib/env";
import { alliesAdapter } from "./adapter";
import { linkTokenSlot } from "@/lib/email/email-links";
import { mailbox } from "@/tests/support/mailbox";
import { createMagicLink, requestSignInLink } from "./magic-link";
import { createQueryCounter } from "@/tests/support/count-queries";
import { takeRateLimit } from "./rate-limit";
import { signOutEverywhere } from "./sign-out";
import { loadViewer } from "./viewer";

const adapter = alliesAdapter();

// What next-auth 4's email callback does with the link's token (core/routes/callback.js).
function nextAuthHash(token: string) {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

describe("magic links", () => {
  it("makes a link that next-auth's callback redeems exactly once", async () => {
    const person = await createPerson(db);
    const link = new URL(await createMagicLink(person.email, "/programmes/x"));
    expect(link.pathname).toBe("/api/auth/callback/email");
    expect(link.searchParams.get("callbackUrl")).toMatch(/\/programmes\/x$/);
    const token = link.searchParams.get("token")!;

    const first = await adapter.useVerificationToken!({ identifier: person.email, token: nextAuthHash(token) });
    expect(first?.identifier).toBe(person.email);
    expect(first!.expires.getTime()).toBeGreaterThan(Date.now());
    expect(await adapter.useVerificationToken!({ identifier: person.email, token: nextAuthHash(token) })).toBeNull();
  });

  it("does not redeem a token for another address", async () => {
    const person = await createPerson(db);
    const token = new URL(await createMagicLink(person.email)).searchParams.get("token")!;
    expect(await adapter.useVerificationToken!({ identifier: "someone@else.test", token: nextAuthHash(token) })).toBeNull();
  });

  it("answers the same for known and unknown addresses, but only mails the known", async () => {
    const person = await createPerson(db, { locale: "nl" });
    const before = await db.email.count();
    const unknown = await requestSignInLink({ email: "nobody@unknown.test", ip: "198.51.100.1", locale: "en" });
    expect(unknown.answer).toBe("sent");
    await unknown.send();
    expect(await db.email.count()).toBe(before);
    const known = await requestSignInLink({ email: person.email, ip: "198.51.100.1", locale: "en" });
    expect(known.answer).toBe("sent");
    await known.send();
    const queued = await db.email.findFirstOrThrow({ where: { to: person.email } });
    expect(queued.subject).toBe("Je inloglink voor Allies");
    // The link's token is made when the e-mail is sent: until then nothing can be redeemed.
    expect(queued.text).toContain(`token=${linkTokenSlot}`);
    expect(await db.verificationToken.count({ where: { identifier: person.email } })).toBe(0);
    const mail = await mailbox().lastTo(person.email);
    const link = new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text)![0]);
    const token = link.searchParams.get("token")!;
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(JSON.stringify(await db.email.findFirstOrThrow({ where: { to: person.email } }))).not.toContain(token);
    expect(await adapter.useVerificationToken!({ identifier: person.email, token: nextAuthHash(token) })).toMatchObject({ identifier: person.email });
  });

  it("does the same database work for a known and an unknown address before answering (timing)", async () => {
    const person = await createPerson(db);
    const counter = createQueryCounter();
    try {
      const known = await counter.count(() => requestSignInLink({ email: person.email, ip: "198.51.100.2", locale: "en" }));
      const unknown = await counter.count(() => requestSignInLink({ email: "nobody-else@unknown.test", ip: "198.51.100.2", locale: "en" }));
      expect(known.result.answer).toBe(unknown.result.answer);
      expect(known.queries).toEqual(unknown.queries);
      expect(known.queries.join("\n")).not.toMatch(/"Person"|"VerificationToken"|"Email"/);
    } finally {
      await counter.disconnect();
    }
  });

  it("a flood from many addresses cannot lock a member out; at most one link a minute; the sent link keeps working", async () => {
    const person = await createPerson(db);
    // An attacker asks 40 times for the member's address, rotating through 40 addresses.
    for (let i = 0; i < 40; i++) await (await requestSignInLink({ email: person.email, ip: `203.0.113.${i}`, locale: "en" })).send();
    // One link was sent in this minute, not 40.
    expect(await db.email.count({ where: { to: person.email } })).toBe(1);
    // Sent: one link, valid for 15 minutes.
    await mailbox().send();
    expect(await db.verificationToken.count({ where: { identifier: person.email, expires: { gt: new Date() } } })).toBe(1);
    // The member, from their own address, is not refused.
    expect((await requestSignInLink({ email: person.email, ip: "198.51.100.77", locale: "en" })).answer).toBe("sent");
    // Rate-limit keys hold no address.
    expect(await db.rateLimit.count({ where: { key: { contains: person.email } } })).toBe(0);
  });

  it("limits requests per address+IP pair and per IP, across callers (counters in PostgreSQL)", async () => {
    const person = await createPerson(db);
    const results = [];
    for (let i = 0; i < 6; i++) results.push((await requestSignInLink({ email: person.email, ip: "192.0.2.1", locale: "en" })).answer);
    expect(results.slice(0, 5).every((r) => r === "sent")).toBe(true);
    expect(results[5]).toBe("rate-limited");
    // A stranger behind the member's IP (a carrier's NAT, an office) uses up the IP's 30:
    // the member asking from that IP still gets a link, and is told so.
    const member = await createPerson(db);
    for (let i = 0; i < 31; i++) await (await requestSignInLink({ email: `someone-${i}@unknown.test`, ip: "192.0.2.99", locale: "en" })).send();
    const asked = await requestSignInLink({ email: member.email, ip: "192.0.2.99", locale: "en" });
    expect(asked.answer).toBe("sent");
    await asked.send();
    expect(await db.email.count({ where: { to: member.email } })).toBe(1);
    // Past the IP's allowance, each address gets at most one link per 10 minutes, however
    // often it is asked for (a minute apart or not).
    for (let i = 0; i < 3; i++) await (await requestSignInLink({ email: member.email, ip: "192.0.2.99", locale: "en" })).send();
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "sign-in:send:" } } }); // as if a minute passed
    await (await requestSignInLink({ email: member.email, ip: "192.0.2.99", locale: "en" })).send();
    expect(await db.email.count({ where: { to: member.email } })).toBe(1);

    // Without the client-address preload every caller is "unknown": no limit is shared by all.
    const unknownCaller = [];
    for (let i = 0; i < 8; i++) unknownCaller.push((await requestSignInLink({ email: person.email, ip: "unknown", locale: "en" })).answer);
    for (let i = 0; i < 31; i++) unknownCaller.push((await requestSignInLink({ email: `stranger-${i}@unknown.test`, ip: "unknown", locale: "en" })).answer);
    expect(unknownCaller.every((r) => r === "sent")).toBe(true);

    const now = new Date("2026-11-21T10:00:00Z");
    const allowed = await Promise.all(Array.from({ length: 12 }, () => takeRateLimit("test:ip", 10, 60, now)));
    expect(allowed.filter(Boolean)).toHaveLength(10);
    expect(await takeRateLimit("test:ip", 10, 60, new Date("2026-11-21T10:01:00Z"))).toBe(true);
  });

  it("sign-out everywhere revokes the sign-in links not yet used", async () => {
    const person = await createPerson(db);
    const token = new URL(await createMagicLink(person.email)).searchParams.get("token")!;
    const viewer = (await loadViewer(person.id))!;
    await signOutEverywhere(viewer);
    expect(await adapter.useVerificationToken!({ identifier: person.email, token: nextAuthHash(token) })).toBeNull();
  });
});

describe("adapter", () => {
  it("never creates people by signing in", async () => {
    await expect(adapter.createUser!({ email: "new@person.test", emailVerified: null } as never)).rejects.toThrow(/invitation/);
    expect(await db.person.count({ where: { email: "new@person.test" } })).toBe(0);
  });

  it("stores and deletes sessions in PostgreSQL", async () => {
    const person = await createPerson(db);
    const expires = new Date(Date.now() + 60_000);
    await adapter.createSession!({ sessionToken: "t-1", userId: person.id, expires });
    expect((await adapter.getSessionAndUser!("t-1"))?.user.email).toBe(person.email);
    await adapter.deleteSession!("t-1");
    expect(await adapter.getSessionAndUser!("t-1")).toBeNull();
  });
});

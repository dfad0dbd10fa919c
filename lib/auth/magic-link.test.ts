import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { authSecret } from "@/lib/env";
import { alliesAdapter } from "./adapter";
import { createMagicLink, requestSignInLink, safeCallbackPath } from "./magic-link";
import { takeRateLimit } from "./rate-limit";

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

  it("never follows sign-in to another site", () => {
    expect(safeCallbackPath("/programmes/1")).toBe("/programmes/1");
    expect(safeCallbackPath("https://evil.example")).toBe("/");
    expect(safeCallbackPath("//evil.example")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });

  it("answers the same for known and unknown addresses, but only mails the known", async () => {
    const person = await createPerson(db, { locale: "nl" });
    const before = await db.email.count();
    expect(await requestSignInLink({ email: "nobody@unknown.test", ip: "198.51.100.1", locale: "en" })).toBe("sent");
    expect(await db.email.count()).toBe(before);
    expect(await requestSignInLink({ email: person.email, ip: "198.51.100.1", locale: "en" })).toBe("sent");
    const mail = await db.email.findFirstOrThrow({ where: { to: person.email } });
    expect(mail.subject).toBe("Je inloglink voor Allies");
    expect(mail.text).toContain("/api/auth/callback/email?");
  });

  it("limits requests per address and per IP, across callers (counters in PostgreSQL)", async () => {
    const person = await createPerson(db);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await requestSignInLink({ email: person.email, ip: `192.0.2.${i}`, locale: "en" }));
    expect(results.slice(0, 5).every((r) => r === "sent")).toBe(true);
    expect(results[5]).toBe("rate-limited");

    const now = new Date("2026-11-21T10:00:00Z");
    const allowed = await Promise.all(Array.from({ length: 12 }, () => takeRateLimit("test:ip", 10, 60, now)));
    expect(allowed.filter(Boolean)).toHaveLength(10);
    expect(await takeRateLimit("test:ip", 10, 60, new Date("2026-11-21T10:01:00Z"))).toBe(true);
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

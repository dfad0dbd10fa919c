import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { migrationStatement } from "@/tests/support/migration-sql";
import { createMagicLink } from "./magic-link";
import { callNextAuth } from "./oidc-sign-in";
import { signOutSession } from "./sign-out";
import { viewerFromSessionToken } from "./viewer";

// Signs in with a sign-in link through next-auth's own e-mail callback, as the browser
// does, and returns the session cookie's value.
async function signInByLink(email: string): Promise<string> {
  const link = new URL(await createMagicLink(email));
  const result = await callNextAuth({ method: "GET", path: ["callback", "email"], query: Object.fromEntries(link.searchParams) });
  const cookie = result.setCookies.map((c) => c.split(";")[0]!).find((pair) => pair.startsWith("next-auth.session-token="));
  expect(cookie, "next-auth set a session cookie").toBeDefined();
  return decodeURIComponent(cookie!.slice("next-auth.session-token=".length));
}

describe("session tokens", () => {
  it("come from crypto.randomBytes (32 bytes) and only their sha256 is stored; the cookie still signs in and out", async () => {
    const person = await createPerson(db);
    const token = await signInByLink(person.email);
    // 32 bytes, base64url: not next-auth's own UUID.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const rows = await db.session.findMany({ where: { personId: person.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(rows[0]!.expires.getTime()).toBeGreaterThan(Date.now());

    expect((await viewerFromSessionToken(token))?.personId).toBe(person.id);
    // The stored hash is no cookie: a copy of the table signs nobody in.
    expect(await viewerFromSessionToken(rows[0]!.tokenHash)).toBeNull();

    await signOutSession(token);
    expect(await db.session.count({ where: { personId: person.id } })).toBe(0);
    expect(await viewerFromSessionToken(token)).toBeNull();
  });

  it("of sessions made before they were hashed go on working: the migration hashes them in place as the app does", async () => {
    const hashInPlace = await migrationStatement("hashed_session_tokens", 'UPDATE "Session"');

    const person = await createPerson(db);
    const oldToken = "8d06516f-c115-4ba3-9bce-d53bad11c92d";
    await db.$transaction(async (tx) => {
      // As the table held it before: the token itself. Only this row is hashed here.
      await tx.session.create({ data: { tokenHash: oldToken, personId: person.id, expires: new Date(Date.now() + 60_000) } });
      await tx.$executeRawUnsafe(`${hashInPlace} WHERE "personId" = $1`, person.id);
    });
    expect((await viewerFromSessionToken(oldToken))?.personId).toBe(person.id);
  });
});

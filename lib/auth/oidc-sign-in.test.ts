import { createHash } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPerson } from "@/lib/demo/factories";
import { fakeOidcSubject, startFakeOidcProvider, type FakeOidcProvider } from "@/tests/support/fake-oidc-provider";
import { callNextAuth, newCsrfPair, startOidcSignIn } from "./oidc-sign-in";
import { getAuthOptions, oidcProvider } from "./options";

let provider: FakeOidcProvider;
let options: NextAuthOptions;

beforeAll(async () => {
  provider = await startFakeOidcProvider();
  const base = getAuthOptions();
  options = {
    ...base,
    providers: [...base.providers.filter((p) => p.id !== "oidc"), ...oidcProvider({ issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, name: "Test SSO" })],
  };
});

afterAll(async () => {
  await provider.close();
});

// "name=value; Path=/; ..." → { name: value }
function cookieJar(setCookies: string[]): Record<string, string> {
  return Object.fromEntries(setCookies.map((c) => c.split(";")[0]!).map((pair) => [pair.slice(0, pair.indexOf("=")), decodeURIComponent(pair.slice(pair.indexOf("=") + 1))]));
}

// Start → provider approves → next-auth's callback, as the browser would go.
async function signInThroughProvider(email: string, callbackUrl = "/programmes") {
  provider.signInAs(email);
  const start = await startOidcSignIn({ callbackUrl }, options);
  const approved = await fetch(start.location!, { redirect: "manual" });
  const back = new URL(approved.headers.get("location")!);
  return callNextAuth(
    { method: "GET", path: ["callback", "oidc"], query: Object.fromEntries(back.searchParams), cookies: cookieJar(start.setCookies) },
    options,
  );
}

describe("newCsrfPair", () => {
  it("makes next-auth's cookie format: token|sha256(token + secret)", () => {
    const { token, cookieValue } = newCsrfPair("a-secret");
    const [cookieToken, hash] = cookieValue.split("|");
    expect(cookieToken).toBe(token);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash("sha256").update(`${token}a-secret`).digest("hex"));
    expect(newCsrfPair("a-secret").token).not.toBe(token);
  });
});

describe("startOidcSignIn", () => {
  it("passes next-auth's CSRF check and redirects to the provider with state and PKCE, setting their cookies", async () => {
    const result = await startOidcSignIn({ callbackUrl: "/programmes" }, options);
    expect(result.status).toBe(302);
    const location = new URL(result.location!);
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/authorize`);
    expect(location.searchParams.get("client_id")).toBe(provider.clientId);
    expect(location.searchParams.get("redirect_uri")).toMatch(/\/api\/auth\/callback\/oidc$/);
    expect(location.searchParams.get("scope")).toBe("openid email profile");
    expect(location.searchParams.get("state")).toBeTruthy();
    expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    const names = Object.keys(cookieJar(result.setCookies));
    expect(names).toEqual(expect.arrayContaining(["next-auth.state", "next-auth.pkce.code_verifier"]));
    for (const cookie of result.setCookies) expect(cookie).toMatch(/HttpOnly/i);
  });

  it("a CSRF pair made with another secret is refused by next-auth, so the check is real", async () => {
    const { token, cookieValue } = newCsrfPair("not-the-secret");
    const result = await callNextAuth(
      { method: "POST", path: ["signin", "oidc"], body: { csrfToken: token, callbackUrl: "/" }, cookies: { "next-auth.csrf-token": cookieValue } },
      options,
    );
    expect(result.location).toMatch(/\/api\/auth\/signin\?csrf=true$/);
  });
});

describe("signing in through the provider", () => {
  it("links the provider account to the existing person with that e-mail and creates a session", async () => {
    const person = await createPerson(db, { email: "staff.member@politie.example" });
    const result = await signInThroughProvider("Staff.Member@politie.example");
    expect(new URL(result.location!).pathname).toBe("/programmes");
    expect(Object.keys(cookieJar(result.setCookies))).toContain("next-auth.session-token");
    const account = await db.account.findUniqueOrThrow({
      where: { provider_providerAccountId: { provider: "oidc", providerAccountId: fakeOidcSubject("staff.member@politie.example") } },
    });
    expect(account.personId).toBe(person.id);
    // Only the link is kept: none of the provider's tokens (id, access, refresh).
    expect(Object.keys(account).sort()).toEqual(["id", "personId", "provider", "providerAccountId", "type"]);
    expect(await db.session.count({ where: { personId: person.id } })).toBe(1);
    const events = await db.auditEvent.findMany({ where: { kind: "auth.sign-in", actorId: person.id } });
    expect(events.map((e) => e.data)).toEqual([{ method: "oidc" }]);

    // The second time the linked account is found directly.
    await signInThroughProvider("staff.member@politie.example");
    expect(await db.account.count({ where: { personId: person.id } })).toBe(1);
    expect(await db.session.count({ where: { personId: person.id } })).toBe(2);
  });

  it("an unknown e-mail ends on the sign-in page with an error and creates nobody", async () => {
    const people = await db.person.count();
    const result = await signInThroughProvider("stranger@elsewhere.example");
    expect(result.location).toMatch(/\/api\/auth\/error\?error=OAuthCreateAccount$/);
    expect(cookieJar(result.setCookies)["next-auth.session-token"]).toBeUndefined();
    expect(await db.person.count()).toBe(people);
    expect(await db.account.count({ where: { providerAccountId: fakeOidcSubject("stranger@elsewhere.example") } })).toBe(0);
  });

  it("a callback whose PKCE verifier does not match is refused", async () => {
    await createPerson(db, { email: "pkce@politie.example" });
    provider.signInAs("pkce@politie.example");
    const start = await startOidcSignIn({ callbackUrl: "/" }, options);
    const other = await startOidcSignIn({ callbackUrl: "/" }, options);
    const back = new URL((await fetch(start.location!, { redirect: "manual" })).headers.get("location")!);
    const jar = { ...cookieJar(start.setCookies), "next-auth.pkce.code_verifier": cookieJar(other.setCookies)["next-auth.pkce.code_verifier"]! };
    const result = await callNextAuth({ method: "GET", path: ["callback", "oidc"], query: Object.fromEntries(back.searchParams), cookies: jar }, options);
    expect(result.location).toMatch(/error=/);
    expect(await db.account.count({ where: { providerAccountId: fakeOidcSubject("pkce@politie.example") } })).toBe(0);
  });
});

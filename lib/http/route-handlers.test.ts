import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as acceptRoute from "@/app/invitations/[token]/accept/route";
import * as oidcRoute from "@/app/api/oidc-sign-in/route";
import * as dinnerCalendarRoute from "@/app/programmes/[programmeId]/dinners/[dinnerId]/calendar.ics/route";
import * as feedRoute from "@/app/calendar/[token]/feed.ics/route";
import * as councilPdfRoute from "@/app/programmes/[programmeId]/council-report/report.pdf/route";
import { startOidcSignIn } from "@/lib/auth/oidc-sign-in";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { env } from "@/lib/env";
import { invitationLifetimeMs } from "@/lib/invitations/invitation-token";

// The app's own route handlers, on the real database: they all follow routeHandler's rules.

const session: { token?: string } = {};
// The single sign-on start is checked for what it hands next-auth; the round trip through
// a provider is lib/auth/oidc-sign-in.test.ts's.
vi.mock("@/lib/auth/oidc-sign-in", () => ({
  startOidcSignIn: vi.fn(async () => ({ status: 302, location: "https://sso.example/authorize?state=s", setCookies: ["next-auth.state=s; Path=/; HttpOnly"] })),
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "next-auth.session-token" && session.token ? { name, value: session.token } : undefined) }),
}));

beforeEach(() => {
  session.token = undefined;
});

const app = "http://localhost:3000";

async function openInvitation() {
  const programme = await createProgramme(db);
  const { token, tokenHash } = newSecretToken();
  const invitation = await db.invitation.create({
    data: { programmeId: programme.id, email: `invited-${tokenHash.slice(0, 8)}@example.test`, name: "Invited", party: "COMMUNITY", role: "ALLY", tokenHash, expiresAt: new Date(Date.now() + invitationLifetimeMs) },
  });
  return { token, invitation };
}

function acceptPost(token: string, headers: Record<string, string>, body = "phone=%2B31+6+1234+5678") {
  return acceptRoute.POST(new NextRequest(`${app}/invitations/${token}/accept`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } }), { params: Promise.resolve({ token }) });
}

describe("invitation accept", () => {
  it("refuses a post without Origin (it used to accept one) and from another site; the invitation stays open", async () => {
    const { token, invitation } = await openInvitation();
    expect((await acceptPost(token, {})).status).toBe(403);
    expect((await acceptPost(token, { origin: "https://evil.example" })).status).toBe(403);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
  });

  it("accepts a post from our own page and sends the browser into its sign-in link", async () => {
    const { token, invitation } = await openInvitation();
    const response = await acceptPost(token, { origin: app });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/\/api\/auth\/callback\/email\?/);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
  });

  it("goes back to the invitation with an error for a bad phone number or a spent link", async () => {
    const { token } = await openInvitation();
    const bad = await acceptPost(token, { origin: app }, "phone=call+me");
    expect(bad.headers.get("location")).toBe(`${app}/invitations/${token}?error=phone`);
    await acceptPost(token, { origin: app });
    const again = await acceptPost(token, { origin: app });
    expect(again.headers.get("location")).toBe(`${app}/invitations/${token}?error=unavailable`);
  });
});

describe("single sign-on start", () => {
  it("refuses a post without Origin (it already did) and from another site", async () => {
    const start = (headers: Record<string, string>) =>
      oidcRoute.POST(new NextRequest(`${app}/api/oidc-sign-in`, { method: "POST", body: "callbackUrl=%2F", headers: { "content-type": "application/x-www-form-urlencoded", ...headers } }), { params: Promise.resolve({}) });
    expect((await start({})).status).toBe(403);
    expect((await start({ origin: "https://evil.example" })).status).toBe(403);
  });

  it("hands next-auth none of the client's Host or X-Forwarded-* headers: its address is NEXTAUTH_URL", async () => {
    const saved = { OIDC_ISSUER: env.OIDC_ISSUER, OIDC_CLIENT_ID: env.OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET };
    Object.assign(env, { OIDC_ISSUER: "https://sso.example", OIDC_CLIENT_ID: "allies", OIDC_CLIENT_SECRET: "secret" });
    try {
      const response = await oidcRoute.POST(
        new NextRequest(`${app}/api/oidc-sign-in`, {
          method: "POST",
          body: "callbackUrl=%2Fprogrammes",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: app, host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("https://sso.example/authorize?state=s");
      expect(vi.mocked(startOidcSignIn).mock.calls).toEqual([[{ callbackUrl: "/programmes" }]]);
    } finally {
      Object.assign(env, saved);
    }
  });
});

describe("calendar downloads", () => {
  it("a dinner's .ics: signed out → sign in and come back; another programme's member → 404", async () => {
    const programme = await createProgramme(db);
    const dinner = await createDinner(db, { programmeId: programme.id, startsAt: new Date("2026-12-10T18:00:00Z") });
    const path = `/programmes/${programme.id}/dinners/${dinner.id}/calendar.ics`;
    const get = () => dinnerCalendarRoute.GET(new NextRequest(`${app}${path}`), { params: Promise.resolve({ programmeId: programme.id, dinnerId: dinner.id }) });

    const signedOut = await get();
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe(`${app}/signin?callbackUrl=${encodeURIComponent(path)}`);

    const { person } = await createMember(db, { programmeId: (await createProgramme(db)).id });
    await db.session.create({ data: { tokenHash: hashSecretToken(`cal-${person.id}`), personId: person.id, expires: new Date(Date.now() + 60_000) } });
    session.token = `cal-${person.id}`;
    expect((await get()).status).toBe(404);
  });

  it("the personal feed: an unknown token is 404", async () => {
    const response = await feedRoute.GET(new NextRequest(`${app}/calendar/nope/feed.ics`), { params: Promise.resolve({ token: "nope" }) });
    expect(response.status).toBe(404);
  });
});

describe("the council report's PDF", () => {
  it("answers a period outside the years a date may have with 400, never a crash", async () => {
    const programme = await createProgramme(db);
    const { person } = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
    await db.session.create({ data: { tokenHash: hashSecretToken(`council-${person.id}`), personId: person.id, expires: new Date(Date.now() + 60_000) } });
    session.token = `council-${person.id}`;
    const get = (query: string) =>
      councilPdfRoute.GET(new NextRequest(`${app}/programmes/${programme.id}/council-report/report.pdf?${query}`), { params: Promise.resolve({ programmeId: programme.id }) });

    // (A good period renders through next-intl's request scope, which a test does not have:
    // lib/council/council-report.test.ts renders the PDF itself.)
    for (const query of ["from=2026-01-01&to=9999-12-31", "from=0000-01-01&to=2026-12-31", "to=10000-01-01"]) expect((await get(query)).status, query).toBe(400);
  });
});

import { hashSecretToken } from "@/lib/security/secret-token";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { FieldError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { getViewer } from "@/lib/auth/viewer";
import { createQueryCounter } from "@/tests/support/count-queries";
import { routeHandler } from "./route-handler";

// The session cookie of the request under test; the viewer itself comes from the real database.
const session: { token?: string } = {};
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "next-auth.session-token" && session.token ? { name, value: session.token } : undefined) }),
}));

beforeEach(() => {
  session.token = undefined;
});

const app = "http://localhost:3000";
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { "content-type": "application/x-www-form-urlencoded" };

function post(body: BodyInit | null, headers: Record<string, string> = { origin: app, ...formHeaders }, url = `${app}/x`) {
  return new NextRequest(url, { method: "POST", body, headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

const noParams = { params: Promise.resolve({}) };
const echo = routeHandler({ body: z.object({ name: z.string().max(20) }) }, ({ body }) => Response.json(body));

describe("routeHandler: the one same-origin rule", () => {
  it("accepts a POST from the app's own origin", async () => {
    const response = await echo(post(form({ name: "Sanne" })), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: "Sanne" });
  });

  it("accepts the public address (APP_URL/NEXTAUTH_URL) when the request was addressed to an internal host", async () => {
    const response = await echo(post(form({ name: "Sanne" }), { origin: app, ...formHeaders }, "http://10.0.0.7:3000/x"), noParams);
    expect(response.status).toBe(200);
  });

  it("refuses a POST from another origin, with no Origin, or with Origin null", async () => {
    const refused: Record<string, string>[] = [{ origin: "https://evil.example" }, {}, { origin: "null" }, { origin: "http://localhost:3001" }];
    for (const headers of refused) {
      const response = await echo(post(form({ name: "Sanne" }), { ...formHeaders, ...headers }), noParams);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
  });

  it("leaves GET alone: links and calendar apps send no Origin", async () => {
    const get = routeHandler({}, () => new Response("ok"));
    expect((await get(new NextRequest(`${app}/x`), noParams)).status).toBe(200);
  });
});

describe("routeHandler: body size limit", () => {
  it("answers 413 when Content-Length is over the limit, before reading", async () => {
    const request = post(form({ name: "Sanne" }), { origin: app, ...formHeaders, "content-length": "70000" });
    expect((await echo(request, noParams)).status).toBe(413);
    expect(request.bodyUsed).toBe(false);
    // The default limit is 64 kB.
    expect((await echo(post(form({ name: "x".repeat(70_000) })), noParams)).status).toBe(413);
  });

  it("stops reading a body without Content-Length as soon as it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 100) return controller.close();
        controller.enqueue(new TextEncoder().encode(`name=${"x".repeat(1020)}`));
      },
    });
    const small = routeHandler({ body: z.object({ name: z.string() }), maxBodyBytes: 4096 }, () => new Response("read it all"));
    const response = await small(post(stream), noParams);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it("honours a smaller maxBodyBytes", async () => {
    const tiny = routeHandler({ body: z.object({ name: z.string() }), maxBodyBytes: 10 }, () => new Response("ok"));
    expect((await tiny(post(form({ name: "a much longer name" })), noParams)).status).toBe(413);
    expect((await tiny(post(form({ name: "ab" })), noParams)).status).toBe(200);
  });
});

describe("routeHandler: validation", () => {
  it("answers 400 when the body fails its schema or is not a form", async () => {
    expect((await echo(post(form({ name: "x".repeat(21) })), noParams)).status).toBe(400);
    expect((await echo(post(JSON.stringify({ name: "Sanne" }), { origin: app, "content-type": "application/json" }), noParams)).status).toBe(400);
    expect((await echo(post(form({ name: "Sanne" }), { origin: app }), noParams)).status).toBe(400);
  });

  it("lets a plain HTML form answer a refused body its own way", async () => {
    const back = routeHandler(
      { params: z.object({ token: z.string() }), body: z.object({ phone: z.string().max(5) }), invalidBody: ({ params }) => Response.redirect(`${app}/invitations/${params.token}?error=phone`, 303) },
      () => new Response("ok"),
    );
    const response = await back(post(form({ phone: "123456789" })), { params: Promise.resolve({ token: "abc" }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${app}/invitations/abc?error=phone`);
  });

  it("gives the handler parsed params and query; refused params are 404, a refused query 400", async () => {
    const handler = routeHandler(
      { params: z.object({ id: z.string().max(4) }), query: z.object({ year: z.coerce.number().int().optional(), tag: z.array(z.string()).optional() }) },
      ({ params, query }) => Response.json({ params, query }),
    );
    const ok = await handler(new NextRequest(`${app}/x?year=2026&tag=a&tag=b`), { params: Promise.resolve({ id: "ab" }) });
    expect(await ok.json()).toEqual({ params: { id: "ab" }, query: { year: 2026, tag: ["a", "b"] } });
    expect((await handler(new NextRequest(`${app}/x`), { params: Promise.resolve({ id: "abcdef" }) })).status).toBe(404);
    expect((await handler(new NextRequest(`${app}/x?year=soon`), { params: Promise.resolve({ id: "ab" }) })).status).toBe(400);
  });
});

describe("routeHandler: errors to HTTP", () => {
  const throwing = (error: unknown) => routeHandler({}, () => Promise.reject(error));

  it("maps denied and absent to 404, refused input to 400, and rethrows the rest", async () => {
    expect((await throwing(new NotFoundError())(new NextRequest(`${app}/x`), noParams)).status).toBe(404);
    expect((await throwing(new UnauthenticatedError())(new NextRequest(`${app}/x`), noParams)).status).toBe(404);
    expect((await throwing(new FieldError("phone", "invalid"))(new NextRequest(`${app}/x`), noParams)).status).toBe(400);
    const zodError = z.object({ n: z.number() }).safeParse({ n: "x" }).error;
    expect((await throwing(zodError)(new NextRequest(`${app}/x`), noParams)).status).toBe(400);
    await expect(throwing(new Error("database down"))(new NextRequest(`${app}/x`), noParams)).rejects.toThrow("database down");
  });
});

describe("routeHandler: the viewer", () => {
  const whoami = routeHandler({ viewer: "required" }, ({ viewer }) => new Response(viewer.personId));

  it("sends a signed-out GET to sign in and back, with its query", async () => {
    const response = await whoami(new NextRequest(`${app}/programmes/p1/follow-up/actions.csv?year=2026`), noParams);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${app}/signin?callbackUrl=${encodeURIComponent("/programmes/p1/follow-up/actions.csv?year=2026")}`);
  });

  it("answers a signed-out POST 401 (a browser cannot be sent back to a POST)", async () => {
    const handler = routeHandler({ viewer: "required" }, () => new Response("ok"));
    expect((await handler(post(form({})), noParams)).status).toBe(401);
  });

  it("loads the signed-in viewer from the session; optional gives null when signed out", async () => {
    const programme = await createProgramme(db);
    const { person } = await createMember(db, { programmeId: programme.id });
    await db.session.create({ data: { tokenHash: hashSecretToken(`route-${person.id}`), personId: person.id, expires: new Date(Date.now() + 60_000) } });
    session.token = `route-${person.id}`;
    expect(await (await whoami(new NextRequest(`${app}/x`), noParams)).text()).toBe(person.id);

    session.token = undefined;
    const optional = routeHandler({ viewer: "optional" }, ({ viewer }) => new Response(viewer ? "someone" : "nobody"));
    expect(await (await optional(new NextRequest(`${app}/x`), noParams)).text()).toBe("nobody");
  });

  it("looks the viewer up once per request, however often the handler and its helpers ask (one statement)", async () => {
    const programme = await createProgramme(db);
    const { person } = await createMember(db, { programmeId: programme.id });
    await db.session.create({ data: { tokenHash: hashSecretToken(`once-${person.id}`), personId: person.id, expires: new Date(Date.now() + 60_000) } });
    session.token = `once-${person.id}`;
    // Like the CSV export: next-intl's request config asks for the viewer again per getTranslations().
    const asksThrice = routeHandler({ viewer: "required" }, async ({ viewer }) => {
      const [a, b] = await Promise.all([getViewer(), getViewer()]);
      return new Response(a?.personId === viewer.personId && b?.personId === viewer.personId ? "same" : "different");
    });
    const counter = createQueryCounter();
    try {
      const first = await counter.count(async () => (await asksThrice(new NextRequest(`${app}/x`), noParams)).text());
      expect(first.result).toBe("same");
      expect(first.queries).toHaveLength(1);
      // The next request looks up again (nothing is kept across requests).
      expect((await counter.count(async () => (await asksThrice(new NextRequest(`${app}/x`), noParams)).text())).queries).toHaveLength(1);
    } finally {
      await counter.disconnect();
    }
  });
});

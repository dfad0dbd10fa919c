import { NextRequest } from "next/server";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { hashSecretToken } from "@/lib/security/secret-token";
import { discoverRouteMethods, type RouteMethod } from "@/tests/authorization/discover";
import { callers, demoAccountOf, type Caller } from "@/tests/authorization/roles";
import { routeMethodMatrix, type RouteMethodEntry } from "@/tests/authorization/route-methods";
import { fingerprint } from "@/tests/support/fingerprint";

// Route handlers are public HTTP endpoints too. The page matrix opens their GETs; this sends
// every other method of every route handler, straight to the handler on the seeded demo, as
// every kind of caller, and checks that only the callers tests/authorization/route-methods.ts
// allows get through and that refused calls write nothing.

const request = vi.hoisted(() => ({ sessionToken: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "next-auth.session-token" && request.sessionToken ? { name, value: request.sessionToken } : undefined) }),
  headers: async () => new Headers({ "accept-language": "en" }),
}));

type Handler = (request: NextRequest, segment: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const app = "http://localhost:3000";
const sessionOf = (caller: Exclude<Caller, "signedOut">) => `route-matrix-session-${caller}`;
const discovered: RouteMethod[] = discoverRouteMethods();
const modules = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  await seedDemoData(db);
  for (const caller of callers) {
    if (caller === "signedOut") continue;
    const person = await db.person.findUniqueOrThrow({ where: { email: demoAccountOf[caller] } });
    await db.session.create({ data: { tokenHash: hashSecretToken(sessionOf(caller)), personId: person.id, expires: new Date(Date.now() + 86_400_000) } });
  }
  for (const { file } of discovered) if (!modules.has(file)) modules.set(file, await import(/* @vite-ignore */ path.join(process.cwd(), file)));
}, 120_000);

// The path with the entry's params in place of its [segments].
function pathOf(entry: RouteMethodEntry): string {
  return entry.route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => [entry.params?.[name] ?? ""].flat().map(encodeURIComponent).join("/"));
}

// A same-origin form post (routeHandler refuses any other, lib/http/route-handler.test.ts).
async function send(entry: RouteMethodEntry, caller: Caller): Promise<Response> {
  const { file } = discovered.find((found) => found.route === entry.route && found.method === entry.method)!;
  const handler = modules.get(file)![entry.method] as Handler;
  request.sessionToken = caller === "signedOut" ? undefined : sessionOf(caller);
  const body = new URLSearchParams(entry.body).toString();
  const headers = { origin: app, "content-type": "application/x-www-form-urlencoded" };
  return handler(new NextRequest(`${app}${pathOf(entry)}`, { method: entry.method, body, headers }), { params: Promise.resolve(entry.params ?? {}) });
}

const answerOf = (response: Response) => `${response.status} ${response.headers.get("location") ?? ""}`;

describe("authorization matrix: route handler methods other than GET", () => {
  it("lists every method of every route handler but GET, and nothing that does not exist", () => {
    const listed = routeMethodMatrix.map((entry) => `${entry.method} ${entry.route}`).sort();
    expect(listed).toEqual(discovered.filter((found) => found.method !== "GET").map((found) => `${found.method} ${found.route}`).sort());
  });

  for (const entry of routeMethodMatrix) {
    const who = Array.isArray(entry.allow) ? `only ${entry.allow.join(", ")}` : entry.allow;
    it(`${entry.method} ${entry.route}: ${who}; refused calls write nothing`, async () => {
      const before = await fingerprint(db);
      if (!Array.isArray(entry.allow)) {
        // The session is no credential here: everyone gets the same answer and writes nothing.
        const answers = new Map<Caller, string>();
        for (const caller of callers) {
          answers.set(caller, answerOf(await send(entry, caller)));
          expect(await fingerprint(db), `${caller} wrote something`).toBe(before);
        }
        expect(new Set(answers.values()).size, JSON.stringify(Object.fromEntries(answers))).toBe(1);
        if (entry.allow === "token") expect(answers.get("signedOut"), "an unknown token must not succeed").not.toMatch(/^2/);
        return;
      }
      const allowed: readonly Caller[] = entry.allow;
      for (const caller of callers.filter((c) => !allowed.includes(c))) {
        const response = await send(entry, caller);
        expect(response.status, `${caller} should be refused: ${answerOf(response)}`).toBe(caller === "signedOut" ? 401 : 404);
        expect(await fingerprint(db), `${caller} was refused but something was written`).toBe(before);
      }
      const weakest = allowed[0]!;
      const response = await send(entry, weakest);
      expect(response.status < 400, `${weakest} should be allowed: ${answerOf(response)}`).toBe(true);
    });
  }
});

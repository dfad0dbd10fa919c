import { hashSecretToken } from "@/lib/security/secret-token";
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadDemoIds, type DemoIds } from "@/tests/authorization/demo-ids";
import { discoverPageRoutes } from "@/tests/authorization/discover";
import { pageMatrix } from "@/tests/authorization/pages";
import { callers, demoAccountOf, type Caller } from "@/tests/authorization/roles";
import { e2eDb } from "./support/db";

// Every page route, opened over HTTP by every kind of caller: the allowed ones get the
// page, signed-out visitors are sent to sign-in, everyone else gets the 404 page.

let ids: DemoIds;
const sessions = new Map<Caller, string>();
// Each caller's cookies as their browser sends them after its first page: the session and
// the language cookie in step with their saved language (lib/i18n/locale-cookie.ts), so
// every answer below is the page's own, not the language hop before it.
const cookies = new Map<Caller, string>();

test.beforeAll(async () => {
  const db = e2eDb();
  ids = await loadDemoIds(db);
  for (const caller of callers) {
    if (caller === "signedOut") continue;
    const person = await db.person.findUniqueOrThrow({ where: { email: demoAccountOf[caller] } });
    const token = `page-matrix-${randomBytes(16).toString("hex")}`;
    await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: person.id, expires: new Date(Date.now() + 3_600_000) } });
    sessions.set(caller, token);
    cookies.set(caller, `next-auth.session-token=${token}${person.locale ? `; allies-locale=${person.locale}` : ""}`);
  }
});

test.afterAll(async () => {
  await e2eDb().session.deleteMany({ where: { tokenHash: { in: [...sessions.values()].map(hashSecretToken) } } });
});

test("the page matrix lists every page route, and nothing that does not exist", () => {
  expect(pageMatrix.map((entry) => entry.route).sort()).toEqual(discoverPageRoutes());
});

async function open(request: APIRequestContext, caller: Caller, path: string) {
  const cookie = cookies.get(caller);
  return request.get(path, { maxRedirects: 0, headers: cookie ? { cookie } : {} });
}

for (const entry of pageMatrix) {
  test(`${entry.route}: ${entry.allow === "public" ? "public" : `only ${entry.allow.join(", ")}`}`, async ({ request }) => {
    const path = entry.path(ids);
    for (const caller of callers) {
      const response = await open(request, caller, path);
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      const allowed = entry.allow === "public" || entry.allow.includes(caller);
      const what = `${caller} → ${path}: ${status} ${location}`;
      if (allowed) {
        expect(status === 200 || (status >= 300 && status < 400 && !location.includes("/signin")), what).toBe(true);
      } else if (caller === "signedOut") {
        expect(status >= 300 && status < 400 && location.includes("/signin"), what).toBe(true);
      } else {
        expect(status, what).toBe(404);
      }
    }
  });
}

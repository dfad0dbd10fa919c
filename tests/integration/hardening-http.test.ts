import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import * as demoRoute from "@/app/api/demo-sign-in/route";
import { db } from "@/lib/db";
import { proxy } from "@/proxy";

// Holes found by the attack on the running app (issue 9), closed at the root: the proxy
// every request passes, and the one route handler that was not built with routeHandler().

const app = "http://localhost:3000";
const savedUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (savedUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedUrl;
});

describe("NUL bytes in a path or query", () => {
  it("answer 404 before any page or database sees them", () => {
    for (const path of ["/programmes/%00", "/programmes/abc%00def/dinners", "/calendar/%00/feed.ics", "/signin?callbackUrl=%00", "/my/actions?status=%00"]) {
      const response = proxy(new NextRequest(`${app}${path}`));
      expect(response.status, path).toBe(404);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
    expect(proxy(new NextRequest(`${app}/programmes/abc`)).status).toBe(200);
  });
});

describe("the request's own path for pages", () => {
  it("is recorded by the proxy, whatever the request claims", () => {
    const response = proxy(new NextRequest(`${app}/programmes/abc?answer=YES`, { headers: { "x-allies-path": "https://evil.example/" } }));
    expect(response.headers.get("x-middleware-request-x-allies-path")).toBe("/programmes/abc?answer=YES");
    const navigation = proxy(new NextRequest(`${app}/programmes/abc?answer=YES&_rsc=1x2y3`));
    expect(navigation.headers.get("x-middleware-request-x-allies-path")).toBe("/programmes/abc?answer=YES");
    expect(proxy(new NextRequest(`${app}/my/actions?_rsc=1x2y3`)).headers.get("x-middleware-request-x-allies-path")).toBe("/my/actions");
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent when the app is served over https, and not over plain http", () => {
    process.env.NEXTAUTH_URL = "https://allies.example.org";
    expect(proxy(new NextRequest("https://allies.example.org/signin")).headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(proxy(new NextRequest("https://allies.example.org/%00")).headers.get("strict-transport-security")).toMatch(/max-age/);
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(proxy(new NextRequest(`${app}/signin`)).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("next-auth's own route", () => {
  const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
    nextAuthRoute.POST(new NextRequest(`${app}/api/auth/${path}`, { method: "POST", body, headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), {
      params: Promise.resolve({ nextauth: path.split("/") }),
    });

  it("takes no POST: its e-mail sign-in can no longer store a token per request", async () => {
    const before = await db.verificationToken.count();
    for (let i = 0; i < 5; i++) {
      const response = await post("signin/email", new URLSearchParams({ email: `flood-${i}@example.test`, csrfToken: "x" }).toString(), { origin: app, "content-type": "application/x-www-form-urlencoded" });
      expect(response.status).toBe(404);
    }
    expect(await db.verificationToken.count()).toBe(before);
  });

  it("never reads a huge body (150 MB declared, or streamed without a length)", async () => {
    const declared = await post("signin/email", "x", { origin: app, "content-type": "application/x-www-form-urlencoded", "content-length": String(150 * 1024 * 1024) });
    expect([404, 413]).toContain(declared.status);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 2000) return controller.close();
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const streamed = await post("signin/email", stream, { origin: app, "content-type": "application/x-www-form-urlencoded" });
    expect(streamed.status).toBe(404);
    expect(pulled).toBeLessThan(5);
  });

  it("the demo sign-in route refuses another origin (it checks Origin through routeHandler)", async () => {
    const response = await demoRoute.POST(
      new NextRequest(`${app}/api/demo-sign-in`, { method: "POST", body: "account=admin", headers: { origin: "http://192.168.1.50:3000", "content-type": "application/x-www-form-urlencoded" } }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(403);
  });
});

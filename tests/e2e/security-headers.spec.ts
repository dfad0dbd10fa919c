import { expect, test, type APIResponse } from "@playwright/test";
import { signInAs } from "./support/helpers";
import { oidcIssuerOrigin } from "./support/oidc";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  const script = directives.get("script-src") ?? [];
  expect(script).toContain("'strict-dynamic'");
  expect(script.some((v) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(v))).toBe(true);
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  // Plus the single sign-on provider that tests/e2e/server.ts configures (its form post redirects there).
  expect(directives.get("form-action")).toEqual(["'self'", oidcIssuerOrigin()]);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  return csp;
}

test("a page, an API route and a 404 all carry the security headers, with a fresh nonce each time", async ({ request }) => {
  const page = await request.get("/signin");
  expect(page.status()).toBe(200);
  const first = expectSecurityHeaders(page);
  const again = expectSecurityHeaders(await request.get("/signin"));
  expect(again).not.toBe(first);

  const api = await request.get("/api/auth/csrf");
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api);

  const missing = await request.get("/no-such-page-at-all");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing);
});

test("every script on a page carries the request's nonce, and the page runs without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));

  const expectEveryScriptNonced = async (path: string) => {
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const scripts = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => ({ src: s.src, nonce: s.nonce, type: s.type })));
    expect(scripts.filter((s) => !s.src).length, `${path} has inline scripts`).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.type !== "application/json" && s.nonce !== nonce), `${path}: scripts without the nonce`).toEqual([]);
  };
  await expectEveryScriptNonced("/signin");
  await expectEveryScriptNonced("/no-such-page-at-all");
  await signInAs(page, "coordinator");
  await expectEveryScriptNonced("/account");

  // Hydrated: the form answers in place (client-side state), then the page still works.
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your details are saved." })).toHaveText("Your details are saved.");
  expect(violations).toEqual([]);
});

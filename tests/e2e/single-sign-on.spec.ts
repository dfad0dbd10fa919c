import { expect, test } from "@playwright/test";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/helpers";
import { providerSignsInAs } from "./support/oidc";

// Against the fake OpenID Connect provider that tests/e2e/server.ts starts ("Police SSO").

test("police staff sign in with single sign-on, without JavaScript, to their existing person", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const programmeId = await demoProgrammeId();
  const karim = await e2eDb().person.findUniqueOrThrow({ where: { email: "police@allies.demo" }, select: { id: true } });
  const since = new Date(Date.now() - 1000);
  await providerSignsInAs(request, "police@allies.demo");

  await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/programmes/${programmeId}`)}`);
  await expect(page.getByRole("heading", { name: "Police and municipality staff" })).toBeVisible();
  await page.getByRole("button", { name: "Sign in with Police SSO" }).click();

  await page.waitForURL(`**/programmes/${programmeId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Allies Schilderswijk");
  const account = await e2eDb().account.findFirst({ where: { provider: "oidc", personId: karim.id }, select: { id: true } });
  expect(account).not.toBeNull();
  const events = await e2eDb().auditEvent.findMany({ where: { kind: "auth.sign-in", actorId: karim.id, createdAt: { gte: since } }, select: { data: true } });
  expect(events.map((e) => e.data)).toContainEqual({ method: "oidc" });
  await context.close();
});

test("an unknown e-mail address ends on the sign-in page with an error and creates nobody", async ({ page, request }) => {
  const email = `stranger-${Date.now()}@elsewhere.example`;
  await providerSignsInAs(request, email);
  const people = await e2eDb().person.count();

  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Police SSO" }).click();

  await page.waitForURL((url) => url.pathname === "/signin" && url.searchParams.has("error"));
  await expect(page.locator("main").getByRole("alert")).toHaveText("This e-mail address is not known to Allies. Ask your programme's coordinator for an invitation.");
  await expectNoAxeViolations(page);
  expect(await e2eDb().person.count({ where: { email } })).toBe(0);
  expect(await e2eDb().person.count()).toBe(people);
});

test("the sign-in page with the single sign-on button passes axe", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Sign in with Police SSO" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

test("the single sign-on start refuses a post from another site", async ({ request }) => {
  const response = await request.post("/api/oidc-sign-in", { form: { callbackUrl: "/" }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
});

import { expect, test } from "@playwright/test";
import { demoProgrammeId } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs, openMenuOnPhone } from "./support/helpers";

test("a signed-out visitor is sent to sign-in, which passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Allies");
  await expect(page).toHaveTitle("Sign in · Allies");
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

test("a coordinator signs in with one click and sees the programme overview from the database", async ({ page }) => {
  // The start page is "my next dinner" (tests/e2e/dinners.spec.ts); the overview is one click further.
  await signInAs(page, "coordinator", `/programmes/${await demoProgrammeId()}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Allies Schilderswijk");
  await expect(page.getByRole("heading", { name: "Next dinner" })).toBeVisible();
  await expect(page.getByText("Buurthuis De Mussen", { exact: false })).toBeVisible();
  await expect(page.getByText(/4 of 5 held/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Overdue" })).toBeVisible();
  await expect(page.getByText("Parents' evening on online safety")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

test("the overview speaks Dutch for a member who prefers it, and the switch changes it", async ({ page }) => {
  await signInAs(page, "ally", `/programmes/${await demoProgrammeId()}`);
  await expect(page.getByRole("heading", { name: "Volgend diner" })).toBeVisible();
  await expect(page).toHaveTitle("Overzicht · Allies");
  await expectNoAxeViolations(page);
  await openMenuOnPhone(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Next dinner" })).toBeVisible();
  await openMenuOnPhone(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Volgend diner" })).toBeVisible();
});

test("a member's saved language follows them to a device that chose another, and stays on the page", async ({ browser, baseURL }) => {
  // The demo ally saved Dutch; this device chose English before they signed in here.
  const context = await browser.newContext();
  await context.addCookies([{ name: "allies-locale", value: "en", url: baseURL! }]);
  const page = await context.newPage();
  const overview = `/programmes/${await demoProgrammeId()}`;
  await signInAs(page, "ally", overview);
  await expect(page.getByRole("heading", { name: "Volgend diner" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(overview);
  // The start page, in the root layout's own segment, names the app in its title too.
  await page.goto("/");
  await expect(page).toHaveTitle("Mijn volgende diner · Allies");
  expect((await context.cookies()).find((cookie) => cookie.name === "allies-locale")?.value).toBe("nl");
  await context.close();
});

test("the browser's language is used before anyone has chosen", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen bij Allies");
  await expect(page).toHaveTitle("Inloggen · Allies");
  await context.close();
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, "police");
  await openMenuOnPhone(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("one navigation for all widths: each place, the languages and sign-out are in the page once", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  await signInAs(page, "coordinator", `/programmes/${programmeId}/members`);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const wide = (page.viewportSize()?.width ?? 1280) >= 640;
  const signOut = nav.getByRole("button", { name: "Sign out" });
  // Wide screens show everything at once; phones keep it in the bottom bar's "More".
  await expect(signOut).toBeVisible({ visible: wide });
  await openMenuOnPhone(page);
  for (const name of ["Overview", "Dinners", "Members", "Actions", "Follow-up", "Council report", "Settings", "My actions", "Calendar", "Account"])
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(signOut).toBeVisible();
  await expect(nav.getByRole("button", { name: "English" })).toBeVisible();
  for (const path of ["/follow-up", "/settings"]) await expect(page.locator(`a[href="/programmes/${programmeId}${path}"]`)).toHaveCount(1);
  await expect(page.locator('a[href="/my/actions"]')).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Sign out", includeHidden: true })).toHaveCount(1);
  await expect(page.getByRole("form", { name: "Language", includeHidden: true })).toHaveCount(1);
  if (wide) {
    // The programme's places make a row under the personal places, language and sign-out.
    const places = (await nav.getByRole("link", { name: "Overview", exact: true }).boundingBox())!;
    expect(places.y).toBeGreaterThan((await signOut.boundingBox())!.y);
  }
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
});

import { expect, test } from "@playwright/test";
import { demoProgrammeId } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs, openMenuOnPhone } from "./support/helpers";

test("a missing page answers 404 in the visitor's language, with the app's header and a way back", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  const response = await page.goto("/no-such-page-at-all");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("banner").getByRole("link", { name: "Allies" })).toBeVisible();
  await expect(page.locator("main#main").getByRole("heading", { level: 1 })).toHaveText("Niet gevonden");
  await expect(page.getByText("Deze pagina bestaat niet, of je hebt er geen toegang toe.")).toBeVisible();
  await page.getByRole("link", { name: "Naar de startpagina" }).click();
  await page.waitForURL((url) => url.pathname === "/signin");
  await page.goBack();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await context.close();
});

test("a programme that is not yours looks absent, and the header still shows your own menu", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  await signInAs(page, "other");
  const response = await page.goto(`/programmes/${programmeId}/members`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await openMenuOnPhone(page);
  await expect(page.getByRole("banner").getByRole("link", { name: "My actions" })).toBeVisible();
  await expectNoAxeViolations(page);
});

import { expect, test, type Page } from "@playwright/test";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, openMenuOnPhone, signInAs } from "./support/helpers";

// The card of one readiness point (its form answers inside it; its link's target).
const pointCard = (page: Page, point: number) => page.locator(`#point-${point}`);

async function check(page: Page) {
  await expectNoAxeViolations(page);
  if ((page.viewportSize()?.width ?? 1280) < 640) await expectNoHorizontalScroll(page);
}

test("the coordinator fills the programme plan: a new version each save, the history kept", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  const before = await e2eDb().programmePlan.count({ where: { programmeId } });
  await signInAs(page, "coordinator", `/programmes/${programmeId}/plan`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme plan");
  await expect(page.getByRole("heading", { name: "Shared vision" })).toBeVisible();
  await check(page);

  const vision = `We know each other by name (${test.info().project.name}).`;
  await page.getByRole("textbox", { name: "Shared vision" }).fill(vision);
  await page.getByRole("textbox", { name: "Goal for Nuisance" }).fill("Fewer scooters on the Hoefkade.");
  await page.getByRole("textbox", { name: "Police" }).fill("First contact in the street.");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("status")).toHaveText("The plan is saved as a new version.");
  await expect(page.getByRole("region", { name: "Shared vision" }).getByText(vision)).toBeVisible();
  await expect(page.getByRole("heading", { name: `Version ${before + 1}` })).toBeVisible();
  expect(await e2eDb().programmePlan.count({ where: { programmeId } })).toBe(before + 1);

  // The yearly review without changes adds a version marked as such.
  await page.getByRole("button", { name: "The plan still holds" }).click();
  await expect(page.getByRole("region", { name: "Yearly review" }).getByRole("status")).toHaveText("The review is recorded.");
  await expect(page.getByText("Reviewed, unchanged").first()).toBeVisible();
  await check(page);
});

test("the coordinator fills the readiness points, in English and in Dutch; points 8-10 hold no notes", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  await signInAs(page, "coordinator", `/programmes/${programmeId}/readiness`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ten-point readiness");
  await expect(page.getByText("Invest in expertise and training for practitioners.")).toBeVisible();
  await expect(page.getByText(/handled in the municipality's own case management/)).toBeVisible();
  // One point's form at a time, opened from its link (decision 028): none to begin with.
  await expect(page.getByRole("link", { name: /^Edit point \d+$/ })).toHaveCount(10);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await check(page);

  const notes = `Training for youth workers in spring (${test.info().project.name}).`;
  await page.getByRole("link", { name: "Edit point 3" }).click();
  await expect(page).toHaveURL(/\?edit=3#point-3$/);
  await expect(page.getByRole("combobox")).toHaveCount(1);
  await check(page);
  await page.getByRole("combobox", { name: "Status (Point 3)" }).selectOption("IN_PROGRESS");
  await page.getByRole("textbox", { name: "Notes (Point 3)" }).fill(notes);
  await page.getByRole("button", { name: "Save point 3" }).click();
  await expect(pointCard(page, 3).getByRole("status")).toHaveText("Saved.");
  const saved = await e2eDb().readinessPoint.findUniqueOrThrow({ where: { programmeId_point: { programmeId, point: 3 } } });
  expect(saved).toMatchObject({ status: "IN_PROGRESS", notes });
  expect(saved.reviewedAt).not.toBeNull();

  // Points 8-10 hold no notes: a status only.
  await page.getByRole("link", { name: "Edit point 9" }).click();
  await expect(page.getByRole("combobox", { name: "Status (Point 3)" })).toHaveCount(0);
  await expect(pointCard(page, 3).getByText(notes)).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Notes/ })).toHaveCount(0);
  await page.getByRole("combobox", { name: "Status (Point 9)" }).selectOption("DONE");
  await page.getByRole("button", { name: "Save point 9" }).click();
  await expect(pointCard(page, 9).getByRole("status")).toHaveText("Saved.");
  expect(await e2eDb().readinessPoint.findUniqueOrThrow({ where: { programmeId_point: { programmeId, point: 9 } } })).toMatchObject({ status: "DONE", notes: "" });

  // The same points in Dutch.
  await openMenuOnPhone(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tienpuntenplan");
  await expect(page.getByText("Investeer in deskundigheid en training van professionals.")).toBeVisible();
  await expect(page.getByText(/eigen casusoverleg van de gemeente/)).toBeVisible();
  await check(page);
  await openMenuOnPhone(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ten-point readiness");
});

test("an ally reads the plan, and the privacy page shows the retention table in Dutch", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  // The demo ally prefers Dutch.
  await signInAs(page, "ally", `/programmes/${programmeId}/plan`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programmaplan");
  await expect(page.getByRole("button", { name: "Opslaan als nieuwe versie" })).toHaveCount(0);
  await check(page);

  // The readiness points read the same for her whatever the address says: no form to open.
  await page.goto(`/programmes/${programmeId}/readiness?edit=3#point-3`);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Punt \d+ bewerken$/ })).toHaveCount(0);
  const point3 = await e2eDb().readinessPoint.findUnique({ where: { programmeId_point: { programmeId, point: 3 } }, select: { notes: true } });
  await expect(page.locator("#point-3")).toContainText(point3?.notes || "Geen notities.");

  await page.goto(`/programmes/${programmeId}/privacy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat we over je bewaren");
  const table = page.getByRole("table", { name: "Persoonsgegevens die Allies Schilderswijk bewaart" });
  await expect(table.getByRole("rowheader", { name: "Dieetwensen bij een antwoord op een diner" })).toBeVisible();
  // Its period: the programme's choice (the next test changes it) or the default of 30 days.
  await expect(table.locator('[data-kind="dietaryNeeds"]')).toContainText(/\d+ dagen na het diner/);
  await expect(table.locator('[data-kind="emails"]')).toContainText("30 dagen na het versturen");
  await expect(table.locator('[data-kind="rsvps"]')).toContainText("Zolang je lid bent");
  // Only coordinators choose the periods.
  await expect(page.getByRole("button", { name: "Termijnen opslaan" })).toHaveCount(0);
  await check(page);
});

test("the coordinator chooses a retention period within its bounds", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  await signInAs(page, "coordinator", `/programmes/${programmeId}/privacy`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What we keep about you");
  const field = page.getByRole("spinbutton", { name: /^Dietary needs given with an answer to a dinner/ });
  await field.fill("14");
  await page.getByRole("button", { name: "Save periods" }).click();
  await expect(page.getByRole("status")).toHaveText("The retention periods are saved.");
  await expect(page.locator('[data-kind="dietaryNeeds"]')).toContainText("14 days after the dinner");
  await check(page);
  const { retentionDays } = await e2eDb().programme.findUniqueOrThrow({ where: { id: programmeId }, select: { retentionDays: true } });
  expect(retentionDays).toMatchObject({ dietaryNeeds: 14 });
});

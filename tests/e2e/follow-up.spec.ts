import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs, openMenuOnPhone } from "./support/helpers";

// Follow-up tracking in "Allies Transvaal", coordinated by Noah ("other"): each test
// creates its own actions with a unique tag, so nothing depends on other spec files.

const dayMs = 86_400_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const yearInAmsterdam = (instant: Date) => Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(instant));
const todayInAmsterdam = () => new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date())}T00:00:00Z`);

async function arrange() {
  const db = e2eDb();
  const programmeId = await demoProgrammeId("Allies Transvaal");
  const noah = await db.membership.findFirstOrThrow({ where: { programmeId, person: { email: "other@allies.demo" } }, select: { id: true } });
  const tag = randomUUID().slice(0, 8);
  const now = new Date();
  const today = todayInAmsterdam();
  const create = (title: string, data: { status: "OPEN" | "IN_PROGRESS" | "DONE"; leadParty: "POLICE" | "JOINT" | "COMMUNITY"; dueDate?: Date }) =>
    db.action.create({
      data: {
        programmeId,
        title,
        leadParty: data.leadParty,
        status: data.status,
        dueDate: data.dueDate ?? null,
        completedAt: data.status === "DONE" ? now : null,
        createdAt: now,
        owners: { create: [{ membershipId: noah.id }] },
      },
    });
  const overdue = await create(`Overdue follow-up ${tag}`, { status: "OPEN", leadParty: "POLICE", dueDate: new Date(today.getTime() - dayMs) });
  const soon = await create(`Soon follow-up ${tag}`, { status: "IN_PROGRESS", leadParty: "JOINT", dueDate: new Date(today.getTime() + 5 * dayMs) });
  const formula = await create(`=HYPERLINK("https://evil.example") ${tag}`, { status: "DONE", leadParty: "COMMUNITY" });
  return { programmeId, tag, year: yearInAmsterdam(now), overdue, soon, formula, dueOverdue: isoDate(new Date(today.getTime() - dayMs)) };
}

async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

test("the follow-up dashboard shows the year's figures as charts with tables, and filters its list", async ({ page }) => {
  const data = await arrange();
  await signInAs(page, "other", `/programmes/${data.programmeId}`);
  await openMenuOnPhone(page);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Follow-up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Follow-up \d{4}$/);
  await page.goto(`/programmes/${data.programmeId}/follow-up?year=${data.year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Follow-up ${data.year}`);

  const figures = page.getByRole("region", { name: "Figures", exact: true });
  await expect(figures.getByText("Completion rate", { exact: true })).toBeVisible();
  await expect(figures.getByText("Median days to done", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: `Actions of ${data.year} by lead party and status` })).toBeVisible();
  await expect(page.getByRole("img", { name: `Actions of ${data.year} by topic and status` })).toBeVisible();
  const partyTable = page.getByRole("table", { name: "Figures by lead party" });
  await expect(partyTable.getByRole("rowheader", { name: "Police" })).toBeVisible();
  await expect(partyTable.getByRole("columnheader", { name: "Completion rate" })).toBeVisible();
  const actions = page.getByRole("region", { name: "Actions", exact: true });
  await expect(actions.getByRole("link", { name: `Overdue follow-up ${data.tag}` })).toHaveAttribute("href", `/programmes/${data.programmeId}/actions/${data.overdue.id}`);
  await expect(actions.getByRole("link", { name: `Soon follow-up ${data.tag}` })).toBeVisible();
  await checkPage(page);

  await page.getByLabel("Status", { exact: true }).selectOption("OVERDUE");
  await page.getByLabel("Lead party", { exact: true }).selectOption("POLICE");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=OVERDUE/);
  await expect(page).toHaveURL(/party=POLICE/);
  await expect(actions.getByRole("link", { name: `Overdue follow-up ${data.tag}` })).toBeVisible();
  await expect(actions.getByRole("link", { name: `Soon follow-up ${data.tag}` })).toHaveCount(0);
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("OVERDUE");
  await checkPage(page);
});

test("the trust trend is one link from the dashboard, a page of its own, year by year", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  const year = yearInAmsterdam(new Date());
  await signInAs(page, "coordinator", `/programmes/${programmeId}/follow-up`);
  // Not on the dashboard itself (issue 10: the dashboard stays light).
  await expect(page.getByRole("region", { name: "Trust after each dinner" })).toHaveCount(0);
  await page.getByRole("link", { name: "Trust after each dinner →" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trust ${year}`);
  const trend = page.getByRole("region", { name: "Trust after each dinner" });
  await expect(trend).toBeVisible();
  const held = await e2eDb().trustCheck.count({ where: { dinner: { programmeId, startsAt: { gte: new Date(`${year - 1}-12-31T23:00:00Z`) } } } });
  if (held > 0) await expect(trend.getByRole("img", { name: "Doing what we agreed: mean per dinner" })).toBeVisible();
  else await expect(trend.getByText("No dinner this year has enough answers to show yet.")).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: `← ${year - 1}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Trust ${year - 1}`);
  await page.getByRole("link", { name: `Follow-up ${year - 1}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Follow-up ${year - 1}`);
});

test("the follow-up list downloads as CSV for Excel, with formulas neutralised", async ({ page }) => {
  const data = await arrange();
  await signInAs(page, "other", `/programmes/${data.programmeId}/follow-up?year=${data.year}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`actions-${data.year}.csv`);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe("Title,Status,Overdue,Lead party,Topic,Owners,Due date,Agreed at dinner,Logged on,Done on,Reason dropped,Description");
  expect(lines).toContain(`Overdue follow-up ${data.tag},Open,yes,Police,,Noah Peeters,${data.dueOverdue},,${isoDate(todayInAmsterdam())},,,`);
  expect(lines.find((line) => line.includes(data.tag) && line.includes("HYPERLINK"))).toMatch(/^"'=HYPERLINK\(""https:\/\/evil\.example""\) [0-9a-f]{8}",Done,no,Community,/);

  // The same filters apply; other programmes' members get nothing.
  const filtered = await page.request.get(`/programmes/${data.programmeId}/follow-up/actions.csv?year=${data.year}&status=DONE`);
  expect(filtered.headers()["content-disposition"]).toContain("attachment");
  const body = await filtered.text();
  expect(body).toContain("HYPERLINK");
  expect(body).not.toContain(`Overdue follow-up ${data.tag}`);
});

test("the CSV and the dashboard are not found for a member of another programme", async ({ page }) => {
  const data = await arrange();
  await signInAs(page, "police");
  expect((await page.request.get(`/programmes/${data.programmeId}/follow-up/actions.csv`)).status()).toBe(404);
  expect((await page.request.get(`/programmes/${data.programmeId}/follow-up`)).status()).toBe(404);
});

test("my actions shows what I own, overdue first, linked to each action", async ({ page }) => {
  const data = await arrange();
  await signInAs(page, "other", `/programmes/${data.programmeId}`);
  await openMenuOnPhone(page);
  await page.getByRole("banner").getByRole("link", { name: "My actions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My actions");
  const overdue = page.getByRole("region", { name: /^Overdue/ });
  const soon = page.getByRole("region", { name: /^Due in the next 14 days/ });
  await expect(overdue.getByRole("link", { name: `Overdue follow-up ${data.tag}` })).toHaveAttribute("href", `/programmes/${data.programmeId}/actions/${data.overdue.id}`);
  await expect(soon.getByRole("link", { name: `Soon follow-up ${data.tag}` })).toBeVisible();
  await expect(overdue.getByText("Allies Transvaal").first()).toBeVisible();
  await expect(page.getByText(data.formula.title)).toHaveCount(0);
  await checkPage(page);
});

test("my actions speaks Dutch to a member who prefers it", async ({ page }) => {
  await signInAs(page, "ally", "/my/actions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn acties");
  await expect(page.getByRole("heading", { name: /^Te laat/ })).toBeVisible();
  await checkPage(page);
});

import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { addDays } from "date-fns";
import PgBoss from "pg-boss";
import { createDinner, createMember, createProgramme, createRsvp } from "@/lib/demo/factories";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs } from "./support/helpers";
import { e2eInfoFile } from "./support/info-file";

async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

async function nextDinnerId(programmeId: string) {
  const dinner = await e2eDb().dinner.findFirstOrThrow({ where: { programmeId, status: "PLANNED", venueName: "Buurthuis De Mussen" }, orderBy: { startsAt: "asc" }, select: { id: true } });
  return dinner.id;
}

test("a member downloads a dinner as an .ics event; someone from another programme gets 404", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  const dinnerId = await nextDinnerId(programmeId);
  const path = `/programmes/${programmeId}/dinners/${dinnerId}/calendar.ics`;

  await signInAs(page, "ally");
  const download = await page.request.get(path);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("text/calendar");
  expect(download.headers()["content-disposition"]).toMatch(/attachment; filename="allies-dinner-.*\.ics"/);
  const ics = await download.text();
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain(`UID:dinner-${dinnerId}@allies`);
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(ics).toContain("Buurthuis De Mussen");

  await page.context().clearCookies();
  await signInAs(page, "other");
  expect((await page.request.get(path)).status()).toBe(404);
});

test("a member makes their calendar feed address, sees it once, subscribes, and replaces it", async ({ page, playwright }) => {
  await signInAs(page, "police", "/account/calendar");
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await checkPage(page);
  // Stored hashed: no address on the page until one is made (an earlier run may have made one).
  const feedInput = page.getByRole("textbox", { name: /Copy this address/ });
  await expect(feedInput).toHaveCount(0);
  const make = page.getByRole("button", { name: /^Make (my feed address|a new address)$/ });

  // A deliberate tick first (issue 14).
  await make.click();
  await expect(page.getByText("Tick the box to confirm.").first()).toBeVisible();
  await expect(feedInput).toHaveCount(0);
  await page.getByRole("checkbox").check();
  await make.click();
  await expect(page.getByRole("status")).toHaveText("Your feed has a new address.");
  await checkPage(page);
  const oldUrl = await feedInput.inputValue();
  expect(oldUrl).toMatch(/^http:\/\/localhost:\d+\/calendar\/[A-Za-z0-9_-]{43}\/feed\.ics$/);
  await expect(page.getByRole("link", { name: "Open in my calendar app" })).toHaveAttribute("href", oldUrl.replace(/^http:/, "webcal:"));

  // A calendar app fetches the feed without any session.
  const calendarApp = await playwright.request.newContext();
  const feed = await calendarApp.get(oldUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain(`UID:dinner-${await nextDinnerId(await demoProgrammeId())}@allies`);
  expect(body).toContain("STATUS:CANCELLED");

  // Shown once: on the next visit the page says until when it works, not what it is.
  await page.reload();
  await expect(page.getByText(/You have a feed address\. It works until/)).toBeVisible();
  await expect(feedInput).toHaveCount(0);
  await checkPage(page);

  // A new address ends the old one.
  await page.getByLabel("Yes, my calendar apps will need the new address").check();
  await page.getByRole("button", { name: "Make a new address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your feed has a new address.");
  const newUrl = await feedInput.inputValue();
  expect(newUrl).not.toBe(oldUrl);
  expect((await calendarApp.get(oldUrl)).status()).toBe(404);
  expect((await calendarApp.get(newUrl)).status()).toBe(200);
  await calendarApp.dispose();
});

test("a coordinator proposes dates, an ally answers on a phone without JavaScript, the coordinator picks one and the dinner exists", async ({ page, browser }) => {
  const programmeId = await demoProgrammeId();
  const title = `Poll ${randomUUID().slice(0, 8)}`;

  await signInAs(page, "coordinator", `/programmes/${programmeId}/polls`);
  await expect(page.getByRole("heading", { level: 1, name: "Date polls" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Propose dates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Propose dates for a dinner" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByLabel("Date and time 1").fill("2031-03-05T18:30");
  await page.getByLabel("Date and time 2").fill("2031-03-12T19:00");
  await page.getByRole("button", { name: "Create poll" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const pollPath = new URL(page.url()).pathname;
  expect(pollPath).toMatch(new RegExp(`^/programmes/${programmeId}/polls/[^/]+$`));
  await checkPage(page);

  // Fatma (Dutch) answers on a 360 px phone with JavaScript switched off.
  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const ally = await phone.newPage();
  await signInAs(ally, "ally", pollPath);
  await expect(ally.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const groups = ally.getByRole("group", { name: /Kun je op/ });
  await expect(groups).toHaveCount(2);
  await groups.nth(0).getByRole("radio", { name: "Nee" }).check();
  await groups.nth(1).getByRole("radio", { name: "Ja" }).check();
  await ally.getByRole("button", { name: "Mijn antwoorden opslaan" }).click();
  await expect(ally.getByRole("status")).toHaveText("Je antwoorden zijn opgeslagen.");
  await expect(groups.nth(1).getByRole("radio", { name: "Ja" })).toBeChecked();
  expect(await ally.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth).catch(() => 0)).toBeLessThanOrEqual(0);
  await phone.close();
  // axe needs JavaScript in the page: check the ally's view of the poll in a normal browser.
  const withJs = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  const allyWithJs = await withJs.newPage();
  await signInAs(allyWithJs, "ally", pollPath);
  await expect(allyWithJs.getByRole("radio", { name: "Ja" }).nth(1)).toBeChecked();
  await checkPage(allyWithJs);
  await withJs.close();

  // The coordinator sees the answer in the grid and picks the second date.
  await page.reload();
  const grid = page.getByRole("region", { name: "Answers so far" });
  await expect(grid.getByRole("row", { name: /Fatma/ })).toContainText("No");
  await expect(grid.getByRole("row", { name: /Fatma/ })).toContainText("Yes");
  // Picking the date is done once per poll: its form opens from its link (issue 10).
  const pick = page.getByRole("region", { name: "Pick the date" });
  await expect(pick).toHaveCount(0);
  await page.getByRole("link", { name: "Pick the date" }).click();
  await expect(page).toHaveURL(/\?form=pick#pick$/);
  await checkPage(page);
  await pick.getByRole("radio").nth(1).check();
  await page.getByRole("textbox", { name: "Venue", exact: true }).fill("Buurthuis De Mussen");
  await page.getByRole("textbox", { name: "Address" }).fill("Hoefkade 9, 2526 BH Den Haag");
  await page.getByRole("button", { name: "Pick this date and create the dinner" }).click();
  await page.waitForURL(/\/dinners\/[^/]+$/);

  const poll = await e2eDb().datePoll.findFirstOrThrow({ where: { title }, select: { closedAt: true, dinnerId: true } });
  expect(poll.closedAt).not.toBeNull();
  const dinner = await e2eDb().dinner.findUniqueOrThrow({ where: { id: poll.dinnerId! } });
  expect(dinner).toMatchObject({ programmeId, status: "PLANNED", venueName: "Buurthuis De Mussen" });
  expect(dinner.startsAt.toISOString()).toBe("2031-03-12T18:00:00.000Z");
  expect(new URL(page.url()).pathname).toBe(`/programmes/${programmeId}/dinners/${dinner.id}`);
  expect(await e2eDb().email.count({ where: { dedupeKey: { startsWith: "poll-picked:" }, to: "ally@allies.demo" } })).toBeGreaterThan(0);

  await page.goto(pollPath);
  await expect(page.getByText("This poll is closed.")).toBeVisible();
  await checkPage(page);
});

test("a coordinator sets the reminder days and who may plan; an ally cannot open the settings", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  const path = `/programmes/${programmeId}/settings`;
  await signInAs(page, "coordinator", path);
  await expect(page.getByRole("heading", { level: 1, name: "Programme settings" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("checkbox", { name: "14 days before the dinner" }).check();
  await page.getByRole("checkbox", { name: "Police liaisons may plan dinners too" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  await expect(page.getByRole("checkbox", { name: "14 days before the dinner" })).toBeChecked();
  expect((await e2eDb().programme.findUniqueOrThrow({ where: { id: programmeId } })).policeMayPlanDinners).toBe(true);
  await page.getByRole("checkbox", { name: "Police liaisons may plan dinners too" }).uncheck();
  // Back to the default, so the run stays repeatable.
  await page.getByRole("checkbox", { name: "14 days before the dinner" }).uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Reminders go out 7, 1 days before each dinner.")).toBeVisible();
  await checkPage(page);

  await page.context().clearCookies();
  await signInAs(page, "ally", path);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Instellingen van het programma");
  expect((await page.request.get(path)).status()).toBe(404);
});

test("the app's own job worker queues a due dinner reminder once per member, however often the job runs", async () => {
  test.setTimeout(90_000);
  const db = e2eDb();
  // A programme of its own, so no other spec sees this dinner.
  const programme = await createProgramme(db, { name: `Reminders ${randomUUID().slice(0, 8)}`, reminderDaysBefore: [7, 1] });
  const members = [await createMember(db, { programmeId: programme.id, person: { locale: "nl" } }), await createMember(db, { programmeId: programme.id }), await createMember(db, { programmeId: programme.id })];
  const dinner = await createDinner(db, { programmeId: programme.id, startsAt: addDays(new Date(), 3) });
  await createRsvp(db, { dinnerId: dinner.id, membershipId: members[2]!.membership.id, response: "NO" });
  const reminders = () => db.email.findMany({ where: { dedupeKey: { startsWith: `reminder:${dinner.id}:` } }, select: { to: true, subject: true } });

  // Trigger the job now instead of waiting for its cron tick; the server's worker runs it.
  const { databaseUrl } = JSON.parse(readFileSync(e2eInfoFile(process.env.E2E_PORT ?? "3100"), "utf8")) as { databaseUrl: string };
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", supervise: false, schedule: false, migrate: false });
  await boss.start();
  try {
    await boss.send("queue-dinner-reminders", {});
    await expect.poll(async () => (await reminders()).length, { timeout: 30_000 }).toBe(2);
    await boss.send("queue-dinner-reminders", {});
    await expect.poll(async () => boss.getQueueSize("queue-dinner-reminders"), { timeout: 30_000 }).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  } finally {
    await boss.stop({ graceful: false });
  }
  const emails = await reminders();
  expect(emails.map((e) => e.to).sort()).toEqual([members[0]!.person.email, members[1]!.person.email].sort());
  expect(emails.find((e) => e.to === members[0]!.person.email)!.subject).toMatch(/^Herinnering: Allies-diner op/);
});

import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs } from "./support/helpers";
import { emailTo } from "./support/inbox";

// Issue 13: the anonymous trust check after a dinner (answered with JavaScript off), the
// council report as a page and a PDF, and the regional view. Each test arranges its own rows.

const unique = () => randomUUID().slice(0, 8);
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

async function checkPage(page: Page, testInfo: { project: { name: string } }) {
  await expectNoAxeViolations(page);
  if (testInfo.project.name === "phone") await expectNoHorizontalScroll(page);
}

// axe needs JavaScript in the page: the same page, same session, in a scripted context.
async function checkWithoutScript(page: Page, browser: Browser, testInfo: { project: { name: string } }) {
  const scripted = await browser.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState(), viewport: page.viewportSize() });
  const check = await scripted.newPage();
  await check.goto(page.url());
  await checkPage(check, testInfo);
  await scripted.close();
}

test.describe("trust check without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("attendees answer on a phone and the trend shows only from three answers", async ({ page, browser }, testInfo) => {
    const db = e2eDb();
    const sanne = await db.person.findUniqueOrThrow({ where: { email: "coordinator@allies.demo" }, select: { id: true } });
    const programme = await db.programme.create({ data: { name: `Allies trust ${unique()}`, municipality: "Den Haag", policeTeam: "Team Hoefkade", neighbourhood: "Moerwijk" } });
    const coordinator = await db.membership.create({ data: { programmeId: programme.id, personId: sanne.id, party: "MUNICIPALITY", role: "COORDINATOR" } });
    const member = async (name: string, party: "POLICE" | "COMMUNITY") => {
      const person = await db.person.create({ data: { name, email: `${name.split(" ")[0]!.toLowerCase()}-${unique()}@example.test`, locale: "en" } });
      const membership = await db.membership.create({ data: { programmeId: programme.id, personId: person.id, party, role: "ALLY" } });
      return { id: membership.id, email: person.email };
    };
    const community = [await member("Anouk Buurman", "COMMUNITY"), await member("Bilal Aziz", "COMMUNITY"), await member("Cor Smit", "COMMUNITY")];
    const police = await member("Pieter Post", "POLICE");
    const startsAt = new Date(Date.now() - 3 * 3600_000);
    const dinner = await db.dinner.create({ data: { programmeId: programme.id, startsAt, endsAt: new Date(startsAt.getTime() + 150 * 60_000), venueName: "Buurthuis Moerwijk", venueAddress: "Moerweg 1, Den Haag" } });

    // The coordinator marks the dinner held: everyone present is asked.
    await signInAs(page, "coordinator", `/programmes/${programme.id}/dinners/${dinner.id}/attendance`);
    for (const name of ["Anouk Buurman", "Bilal Aziz", "Cor Smit", "Pieter Post", "Sanne de Vries"]) await page.getByLabel(new RegExp(name)).check();
    await page.getByRole("button", { name: "Save and mark as held" }).click();
    await expect(page.getByText("Held", { exact: true })).toBeVisible();
    // Each attendee's e-mail, as it arrived over SMTP, with its "4 – agree" link.
    const linkOf = async (member: { email: string }) => {
      const mail = await emailTo(member.email, /^Three questions/);
      return new URL(/https?:\/\/\S+\/trust\/[\w-]+\?keepsPromises=4/.exec(mail.text)![0]).pathname + "?keepsPromises=4";
    };
    // The trust trend's own page (decision 027; linked from the follow-up dashboard).
    const trustPage = `/programmes/${programme.id}/trust`;
    const trendTable = () => page.getByRole("table", { name: /Doing what we agreed: mean per dinner and party/ });

    // Two community allies tap "4 – agree" in their e-mail: the page opens with it chosen.
    for (const membership of community.slice(0, 2)) {
      await page.goto(await linkOf(membership));
      await expect(heading(page)).toHaveText(/How was the dinner of/);
      await expect(page.getByLabel("4 – agree").first()).toBeChecked();
      await checkWithoutScript(page, browser, testInfo);
      await page.getByRole("button", { name: "Send my answers" }).click();
      await expect(page.getByRole("status")).toHaveText("Thank you: your answers are saved, anonymously.");
    }
    // The link works once.
    await page.goto(await linkOf(community[0]!));
    await expect(heading(page)).toHaveText("This link is no longer valid");

    await page.goto(trustPage);
    await expect(page.getByText("No dinner this year has enough answers to show yet.")).toBeVisible();

    // The coordinator answers on her start page (the card, a plain form).
    await page.goto("/");
    const card = page.getByRole("region", { name: new RegExp(`Trust check: ${programme.name}`) });
    await card.getByRole("radio", { name: "5 – agree strongly" }).first().check();
    await card.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("region", { name: new RegExp(`Trust check: ${programme.name}`) })).toHaveCount(0);
    await checkWithoutScript(page, browser, testInfo);

    // Three answers: everyone's mean shows, the community's (two answers) does not.
    await page.goto(trustPage);
    await expect(trendTable()).toBeVisible();
    await expect(trendTable().getByRole("row").nth(1)).toHaveText(/3\s*4\.3\s*–\s*–\s*–/);
    await checkWithoutScript(page, browser, testInfo);

    // The third community ally and the police officer answer: the community shows, police not.
    for (const membership of [community[2]!, police]) {
      await page.goto(await linkOf(membership));
      await page.getByRole("button", { name: "Send my answers" }).click();
      await expect(page.getByRole("status")).toBeVisible();
    }
    await page.goto(trustPage);
    await expect(trendTable().getByRole("row").nth(1)).toHaveText(/5\s*4\.2\s*–\s*–\s*4\.0/);
    await checkWithoutScript(page, browser, testInfo);

    // Anonymous: the answers carry a party and scores only.
    const rows = await db.trustCheck.findMany({ where: { dinnerId: dinner.id } });
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!).sort()).toEqual(["dinnerId", "id", "keepsPromises", "party", "speakFreely", "wouldCall"]);
    expect(await db.trustCheckReceipt.count({ where: { dinnerId: dinner.id, membershipId: coordinator.id } })).toBe(1);
  });
});

test("the council report downloads as a PDF with the figures and no personal data", async ({ page }, testInfo) => {
  const db = e2eDb();
  const programmeId = await demoProgrammeId();
  const year = new Date().getUTCFullYear();
  const held = await db.dinner.count({ where: { programmeId, status: "HELD", startsAt: { gte: new Date(`${year - 1}-12-31T23:00:00Z`), lt: new Date(`${year}-12-31T23:00:00Z`) } } });
  const people = await db.person.findMany({ where: { memberships: { some: { programmeId } } }, select: { name: true, email: true, phone: true } });
  const personal = people.flatMap((p) => [p.name, p.email, p.phone]).filter((v): v is string => Boolean(v));

  await signInAs(page, "coordinator", `/programmes/${programmeId}/council-report?from=${year}-01-01&to=${year}-12-31`);
  await expect(heading(page)).toHaveText("Report to the council: Allies Schilderswijk");
  await expect(page.getByText(`${held} of 5 dinners held`)).toBeVisible();
  const main = (await page.getByRole("main").textContent()) ?? "";
  for (const value of personal) expect(main, value).not.toContain(value);
  await checkPage(page, testInfo);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as PDF" }).click()]);
  expect(download.suggestedFilename()).toBe(`council-report-${year}-01-01-${year}-12-31.pdf`);
  const pdf = await readFile((await download.path())!);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text).toContain("Allies Schilderswijk");
  expect(text).toContain(`${held} of 5 dinners held`);
  expect(text).toContain("Actions per lead party");
  expect(text).toContain("Doing what we agreed");
  for (const value of personal) expect(text, value).not.toContain(value);
});

test("a regional coordinator sees three programmes side by side and none of their pages", async ({ page }, testInfo) => {
  const db = e2eDb();
  const regional = await db.person.findUniqueOrThrow({ where: { email: "regional@allies.demo" }, select: { id: true } });
  const third = await db.programme.create({ data: { name: `Allies Moerwijk ${unique()}`, municipality: "Den Haag", policeTeam: "Team Zuidwest", neighbourhood: "Moerwijk" } });
  await db.regionalCoordinator.create({ data: { personId: regional.id, programmeId: third.id } });
  const ids = [await demoProgrammeId("Allies Schilderswijk"), await demoProgrammeId("Allies Transvaal"), third.id];

  await signInAs(page, "regional");
  await page.getByRole("link", { name: "Open the regional view" }).click();
  await expect(heading(page)).toHaveText("Regional view");
  const table = page.getByRole("table", { name: "Programmes side by side" });
  for (const name of ["Allies Schilderswijk", "Allies Transvaal", third.name]) await expect(table.getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
  await checkPage(page, testInfo);

  for (const id of ids) {
    for (const path of [`/programmes/${id}`, `/programmes/${id}/follow-up`, `/programmes/${id}/trust`, `/programmes/${id}/members`, `/programmes/${id}/council-report`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  }
});

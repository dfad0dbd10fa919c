import { hashSecretToken } from "@/lib/security/secret-token";
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDb, demoProgrammeId } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, openMenuOnPhone, signInAs } from "./support/helpers";
import { emailTo } from "./support/inbox";

const unique = () => randomUUID().slice(0, 8);

async function check(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

// A phone-sized browser of its own, for the person on the other end.
async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, locale: "en-GB" });
  return { context, page: await context.newPage() };
}

// Signs a person in by giving their browser a session made straight in the database.
async function signInPerson(page: Page, personId: string) {
  const token = `members-e2e-${randomBytes(16).toString("hex")}`;
  await e2eDb().session.create({ data: { tokenHash: hashSecretToken(token), personId, expires: new Date(Date.now() + 3_600_000) } });
  await page.context().addCookies([{ name: "next-auth.session-token", value: token, url: test.info().project.use.baseURL ?? "http://localhost:3205" }]);
}

test("a coordinator invites someone new, who accepts on a phone, sees the commitment and ends up signed in", async ({ page, browser }) => {
  const programmeId = await demoProgrammeId();
  const email = `invitee-${unique()}@example.test`;
  const name = `Nadia ${unique()}`;

  await signInAs(page, "coordinator", `/programmes/${programmeId}/members`);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await check(page);
  await page.getByRole("link", { name: "Invite someone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite someone" })).toBeVisible();
  await check(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Party").selectOption("COMMUNITY");
  await page.getByLabel("Role").selectOption("ALLY");
  await page.getByLabel("Organisation").fill("Buurthuis De Mussen");
  await page.getByLabel("Language of the e-mail").selectOption("en");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("The invitation is on its way.")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // The invitation arrives over SMTP (its link's token made only at sending).
  const message = await emailTo(email, /invited/);
  expect(message.subject).toBe("You are invited to join Allies Schilderswijk");
  const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/.exec(message.text)![0];
  const path = new URL(link).pathname;

  const invitee = await phone(browser);
  await invitee.page.goto(path);
  await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText("Invitation to Allies Schilderswijk");
  await expect(invitee.page.getByRole("heading", { name: "What being an ally means" })).toBeVisible();
  await expect(invitee.page.getByText("You come to the dinners: 5 a year")).toBeVisible();
  await expect(invitee.page.getByText(/also in peaceful times/)).toBeVisible();
  await check(invitee.page);
  await invitee.page.getByLabel("Phone number (optional)").fill("+31 6 5555 0101");
  await invitee.page.getByLabel("Show my phone number to the members of this programme").check();
  await invitee.page.getByRole("button", { name: "I commit and join" }).click();
  await invitee.page.waitForURL(`**/programmes/${programmeId}`);
  await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText("Allies Schilderswijk");

  // The link works once.
  await invitee.page.goto(path);
  await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");
  await check(invitee.page);
  await invitee.context.close();

  const membership = await e2eDb().membership.findFirstOrThrow({ where: { programmeId, person: { email } } });
  expect(membership).toMatchObject({ consentToSharePhone: true, organisation: "Buurthuis De Mussen", leftAt: null });
  expect(membership.commitmentAcceptedAt).not.toBeNull();

  await page.goto(`/programmes/${programmeId}/audit`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByText(`Invitation accepted · ${name}`).first()).toBeVisible();
  await check(page);
});

test("the coordinator changes the group chat link from its own form, opened by its link", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  await signInAs(page, "coordinator", `/programmes/${programmeId}/members`);
  await expect(page.getByRole("textbox", { name: /^Group chat link/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit Mohamed Amrani" })).toBeVisible();
  await page.getByRole("link", { name: "Change the group chat link" }).click();
  await expect(page).toHaveURL(/\?form=group-chat#group-chat$/);
  await expect(page.getByRole("textbox", { name: /^Group chat link/ })).toHaveValue(/^https:/);
  await check(page);
});

test("the directory shows phone numbers only of members who agreed, and only to members", async ({ page }) => {
  const programmeId = await demoProgrammeId();
  await signInAs(page, "police", `/programmes/${programmeId}/members`);
  const card = (name: string) => page.getByRole("listitem").filter({ has: page.getByText(name, { exact: true }) });
  await expect(card("Mohamed Amrani").getByRole("link", { name: "+31 6 1234 0006" })).toBeVisible();
  await expect(card("Els Jansen").getByText("Phone not shared")).toBeVisible();
  await expect(card("Els Jansen").getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open the group chat" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Invite someone" })).toHaveCount(0);
  await check(page);

  // A coordinator of another programme sees nothing of it.
  const other = await page.context().browser()!.newContext();
  const outsider = await other.newPage();
  await signInAs(outsider, "other");
  const response = await outsider.goto(`/programmes/${programmeId}/members`);
  expect(response!.status()).toBe(404);
  await expect(outsider.getByText("+31 6 1234 0006")).toHaveCount(0);
  await other.close();
});

test("a coordinator ends a membership and that person loses access at once", async ({ page, browser }) => {
  const db = e2eDb();
  const programmeId = await demoProgrammeId();
  const name = `Leaving ${unique()}`;
  const person = await db.person.create({ data: { name, email: `leaving-${unique()}@example.test` } });
  await db.membership.create({ data: { programmeId, personId: person.id, party: "COMMUNITY", role: "ALLY", commitmentAcceptedAt: new Date() } });

  const member = await phone(browser);
  await signInPerson(member.page, person.id);
  await member.page.goto(`/programmes/${programmeId}`);
  await expect(member.page.getByRole("heading", { level: 1 })).toHaveText("Allies Schilderswijk");

  await signInAs(page, "coordinator", `/programmes/${programmeId}/members`);
  await page.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Change membership of ${name}`);
  await check(page);
  await page.getByRole("button", { name: "End membership" }).click();
  await expect(page.getByText("Tick the box to confirm.")).toBeVisible();
  await page.getByLabel(`End the membership of ${name}`).check();
  await page.getByRole("button", { name: "End membership" }).click();
  await page.waitForURL(`**/programmes/${programmeId}/members`);
  await expect(page.getByText(name, { exact: true })).toHaveCount(0);

  const response = await member.page.goto(`/programmes/${programmeId}`);
  expect(response!.status()).toBe(404);
  await member.context.close();
  expect((await db.membership.findFirstOrThrow({ where: { personId: person.id } })).leftAt).not.toBeNull();
});

test("the site admin creates a programme and appoints its coordinator", async ({ page }) => {
  const name = `Allies Test ${unique()}`;
  await signInAs(page, "admin", "/admin/programmes");
  await expect(page.getByRole("heading", { level: 1, name: "Programmes" })).toBeVisible();
  await check(page);
  // Each form opens from its link (decision 028): none on the page to begin with.
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.getByRole("link", { name: "New programme" }).click();
  await expect(page).toHaveURL(/\?form=create#create$/);
  const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Create programme" }) });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Municipality").fill("Den Haag");
  await create.getByLabel("Police team").fill("Team Zuiderpark");
  await create.getByLabel("Neighbourhood").fill("Moerwijk");
  await create.getByLabel("Time zone").fill("Mars/Olympus");
  await create.getByRole("button", { name: "Create programme" }).click();
  await expect(create.getByText("Enter a time zone such as Europe/Amsterdam.")).toBeVisible();
  // What was typed stays after a refused submission: only the wrong field needs fixing.
  await expect(create.getByLabel("Name")).toHaveValue(name);
  await create.getByLabel("Time zone").fill("Europe/Amsterdam");
  await create.getByRole("button", { name: "Create programme" }).click();
  await expect(page.getByText("Programme created with the four standard topics.")).toBeVisible();
  await expect(page.getByRole("listitem").getByText(name, { exact: true })).toBeVisible();

  const programme = await e2eDb().programme.findFirstOrThrow({ where: { name }, select: { id: true, _count: { select: { topics: true } } } });
  expect(programme._count.topics).toBe(4);

  const email = `coordinator-${unique()}@example.test`;
  await page.getByRole("link", { name: "Appoint a coordinator" }).click();
  const appoint = page.locator("form").filter({ has: page.getByRole("button", { name: "Send coordinator invitation" }) });
  await appoint.getByLabel("Programme").selectOption(programme.id);
  await appoint.getByLabel("Coordinator's name").fill("Lotte Smit");
  await appoint.getByLabel("E-mail address").fill(email);
  await appoint.getByRole("button", { name: "Send coordinator invitation" }).click();
  await expect(page.getByText("The coordinator invitation is on its way.")).toBeVisible();
  expect(await e2eDb().invitation.findFirstOrThrow({ where: { email }, select: { role: true, programmeId: true } })).toEqual({ role: "COORDINATOR", programmeId: programme.id });
  await check(page);
});

test("a member's account: details, phone consent per programme, data export, and the erase confirmation", async ({ page }) => {
  const db = e2eDb();
  const programmeId = await demoProgrammeId();
  const transvaal = await demoProgrammeId("Allies Transvaal");
  const person = await db.person.create({ data: { name: `Account ${unique()}`, email: `account-${unique()}@example.test`, phone: "+31 6 7777 0000" } });
  await db.membership.createMany({
    data: [
      { programmeId, personId: person.id, party: "COMMUNITY", role: "ALLY" },
      { programmeId: transvaal, personId: person.id, party: "COMMUNITY", role: "ALLY" },
    ],
  });
  await signInPerson(page, person.id);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await check(page);
  await page.getByLabel("Dietary needs").fill("Vegetarian");
  await page.getByLabel("Members of Allies Transvaal").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your details are saved." })).toHaveText("Your details are saved.");
  const memberships = await db.membership.findMany({ where: { personId: person.id }, select: { programmeId: true, consentToSharePhone: true } });
  expect(Object.fromEntries(memberships.map((m) => [m.programmeId, m.consentToSharePhone]))).toEqual({ [programmeId]: false, [transvaal]: true });

  // Two programmes: the header offers a switch between them.
  // (On a phone it sits in the "More" menu of the bottom bar.)
  await page.goto(`/programmes/${programmeId}`);
  if ((page.viewportSize()?.width ?? 1280) < 640) await openMenuOnPhone(page);
  else await page.getByText("Programme: Allies Schilderswijk").click();
  await page.getByRole("link", { name: "Allies Transvaal" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Allies Transvaal");
  await check(page);

  const download = await page.request.get("/account/export");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  const data = (await download.json()) as { person: { email: string; dietaryNeeds: string }; memberships: unknown[] };
  expect(data.person).toMatchObject({ email: person.email, dietaryNeeds: "Vegetarian" });
  expect(data.memberships).toHaveLength(2);

  await page.goto("/account/erase");
  await expect(page.getByRole("heading", { level: 1, name: "Erase my personal data" })).toBeVisible();
  await check(page);
  await page.getByLabel("Yes, erase my personal data").check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await page.waitForURL("**/signin");
  // Erasure follows lib/privacy/personal-data.ts: the person row and its memberships are gone.
  expect(await db.person.count({ where: { id: person.id } })).toBe(0);
  expect(await db.membership.count({ where: { personId: person.id } })).toBe(0);
});

test("signing out everywhere from the account page ends every session of the person", async ({ page }) => {
  const db = e2eDb();
  const person = await db.person.create({ data: { name: `Devices ${unique()}`, email: `devices-${unique()}@example.test` } });
  await db.session.create({ data: { tokenHash: hashSecretToken(`other-device-${randomBytes(16).toString("hex")}`), personId: person.id, expires: new Date(Date.now() + 3_600_000) } });
  await signInPerson(page, person.id);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL("**/signin");
  expect(await db.session.count({ where: { personId: person.id } })).toBe(0);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});

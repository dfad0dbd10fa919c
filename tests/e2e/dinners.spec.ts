import { expect, test, type Page } from "@playwright/test";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs } from "./support/helpers";

async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

const unique = () => `${test.info().project.name}-${Date.now().toString(36)}`;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

// The demo's next planned dinner (Schilderswijk) and a member's answer to it, reset so each run starts clean.
async function nextDemoDinner(email: string) {
  const db = e2eDb();
  const programmeId = await demoProgrammeId();
  const dinner = await db.dinner.findFirstOrThrow({ where: { programmeId, status: "PLANNED", startsAt: { gte: new Date() } }, orderBy: { startsAt: "asc" }, select: { id: true } });
  const membership = await db.membership.findFirstOrThrow({ where: { programmeId, person: { email } }, select: { id: true, personId: true } });
  return { db, programmeId, dinnerId: dinner.id, membership };
}

test("a coordinator plans a dinner, edits it (with a conflict) and cancels it", async ({ page, context }) => {
  const programmeId = await demoProgrammeId();
  const venue = `Wijkcentrum ${unique()}`;
  await signInAs(page, "coordinator", `/programmes/${programmeId}/dinners`);
  await expect(heading(page)).toHaveText(/^Dinners \d{4}$/);
  await expect(page.getByRole("heading", { name: "Host rotation" })).toBeVisible();
  await expect(page.getByText(/Suggested host for the next dinner/)).toBeVisible();
  await checkPage(page);

  await page.getByRole("link", { name: "Plan a dinner" }).click();
  await expect(heading(page)).toHaveText("Plan a dinner");
  await checkPage(page);
  await page.getByRole("button", { name: "Plan the dinner" }).click();
  await expect(page.getByText("Please check the fields marked below.")).toBeVisible();

  await page.getByLabel("Starts", { exact: true }).fill("2031-03-12T18:30");
  await page.getByLabel("Kind of venue").selectOption("COMMUNITY_VENUE");
  await page.getByLabel("Venue", { exact: true }).fill(venue);
  await page.getByLabel("Address").fill("Hoefkade 9, 2526 BH Den Haag");
  await page.getByLabel("Places (optional)").fill("12");
  await page.getByLabel("Notes for guests (optional)").fill("Side entrance; bring an ID.");
  await page.getByRole("button", { name: "Plan the dinner" }).click();
  await expect(page).toHaveURL(/\/dinners\/(?!new$)[^/]+$/);
  const detailUrl = page.url();
  const dinnerId = detailUrl.split("/").pop()!;
  await expect(heading(page)).toContainText("2031");
  await expect(page.getByText(venue)).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the map" })).toHaveAttribute("href", "https://www.openstreetmap.org/search?query=Hoefkade%209%2C%202526%20BH%20Den%20Haag");
  await expect(page.getByText("Nobody from Police, Municipality, Community has said yes yet.")).toBeVisible();
  const stored = await e2eDb().dinner.findUniqueOrThrow({ where: { id: dinnerId } });
  expect(stored.startsAt.toISOString()).toBe("2031-03-12T17:30:00.000Z");
  expect(stored.endsAt.toISOString()).toBe("2031-03-12T20:00:00.000Z");
  await checkPage(page);

  // Two planners edit at once: the second save meets the first one's newer version.
  await page.getByRole("link", { name: "Edit or cancel" }).click();
  await expect(heading(page)).toHaveText("Edit the dinner");
  await checkPage(page);
  const other = await context.newPage();
  await other.goto(`${detailUrl}/edit`);
  await other.getByLabel("Venue", { exact: true }).fill(`${venue} B`);
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await expect(other).toHaveURL(detailUrl);
  await other.close();

  await page.getByLabel("Starts", { exact: true }).fill("2031-03-13T19:00");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Someone else changed this meanwhile/)).toBeVisible();
  await expect(page.getByRole("region", { name: "The newer version" })).toContainText(`${venue} B`);
  // The coordinator's own input stays next to the newer version (issue 14): merge, then save again.
  await expect(page.getByLabel("Starts", { exact: true })).toHaveValue("2031-03-13T19:00");
  await expect(page.getByLabel("Venue", { exact: true })).toHaveValue(venue);
  await checkPage(page);
  await page.getByLabel("Venue", { exact: true }).fill(`${venue} B`);
  await page.getByLabel("Starts", { exact: true }).fill("2031-03-13T19:00");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(detailUrl);
  await expect(heading(page)).toContainText("13");
  expect(await e2eDb().dinner.findUniqueOrThrow({ where: { id: dinnerId } })).toMatchObject({ sequence: 2, version: 3, venueName: `${venue} B` });

  // Cancelling needs the confirmation box.
  await page.getByRole("link", { name: "Edit or cancel" }).click();
  await page.getByRole("button", { name: "Cancel the dinner" }).click();
  await expect(page.getByText("Tick the box to confirm.")).toBeVisible();
  await page.getByLabel("Yes, cancel this dinner").check();
  await page.getByRole("button", { name: "Cancel the dinner" }).click();
  await expect(page).toHaveURL(detailUrl);
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  expect((await e2eDb().dinner.findUniqueOrThrow({ where: { id: dinnerId } })).status).toBe("CANCELLED");
  await checkPage(page);
});

test("an ally answers on the phone from the start page, with dietary needs for this dinner", async ({ page }) => {
  const { db, dinnerId, membership, programmeId } = await nextDemoDinner("ally@allies.demo");
  await db.rsvp.deleteMany({ where: { dinnerId, membershipId: membership.id } });

  await signInAs(page, "ally");
  await expect(heading(page)).toHaveText("Mijn volgende diner");
  await expect(page.getByText("Buurthuis De Mussen").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Open de kaart" })).toHaveAttribute("href", /openstreetmap\.org\/search\?query=Hoefkade/);
  await expect(page.getByText("Karim (Politie)")).toBeVisible();
  await expect(page.getByText("El Idrissi")).toHaveCount(0);
  await expect(page.getByText("Jouw antwoord: Nog niet geantwoord").first()).toBeVisible();
  const dietary = page.getByLabel("Dieetwensen of allergieën");
  await expect(dietary).toHaveValue("Halal");
  await checkPage(page);

  await dietary.fill("Halal, geen noten");
  await page.getByRole("button", { name: "Ik kom", exact: true }).click();
  await expect(page.getByText("Jouw antwoord: Ik kom", { exact: true })).toBeVisible();
  await expect(dietary).toHaveValue("Halal, geen noten");
  await expect(page.getByText("Fatma (Gemeenschap)")).toBeVisible();
  expect(await db.rsvp.findMany({ where: { dinnerId, membershipId: membership.id }, select: { response: true, dietaryNeeds: true } })).toEqual([{ response: "YES", dietaryNeeds: "Halal, geen noten" }]);
  expect((await db.person.findUniqueOrThrow({ where: { id: membership.personId } })).dietaryNeeds).toBe("Halal");
  await checkPage(page);

  // The dinner's own page answers the same way.
  await page.getByRole("link", { name: "Alle details van dit diner" }).click();
  await expect(page).toHaveURL(`/programmes/${programmeId}/dinners/${dinnerId}`);
  await expect(page.getByRole("heading", { name: "Wie er komen" })).toBeVisible();
  await page.getByRole("button", { name: "Misschien", exact: true }).click();
  await expect(page.getByText("Jouw antwoord: Misschien", { exact: true })).toBeVisible();
  expect(await db.rsvp.count({ where: { dinnerId, membershipId: membership.id } })).toBe(1);
  await checkPage(page);

  await db.rsvp.deleteMany({ where: { dinnerId, membershipId: membership.id } });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member answers with the three buttons, plain forms posting to the server", async ({ page, browser }) => {
    const { db, dinnerId, membership } = await nextDemoDinner("police@allies.demo");
    const answer = () => db.rsvp.findUniqueOrThrow({ where: { dinnerId_membershipId: { dinnerId, membershipId: membership.id } }, select: { response: true } });

    await signInAs(page, "police");
    await expect(heading(page)).toHaveText("My next dinner");
    await page.getByRole("button", { name: "Maybe", exact: true }).click();
    await expect(page.getByText("Your answer: Maybe", { exact: true })).toBeVisible();
    expect(await answer()).toEqual({ response: "MAYBE" });

    await page.getByRole("button", { name: "Coming", exact: true }).click();
    await expect(page.getByText("Your answer: Coming", { exact: true })).toBeVisible();
    expect(await answer()).toEqual({ response: "YES" });

    // axe needs JavaScript in the page: check the same page, same session, in a scripted context.
    const scripted = await browser.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState(), viewport: page.viewportSize() });
    const check = await scripted.newPage();
    await check.goto("/");
    await expect(heading(check)).toHaveText("My next dinner");
    await checkPage(check);
    await scripted.close();
  });
});

test("a coordinator records who attended and marks the dinner held", async ({ page }) => {
  const db = e2eDb();
  const name = `Allies attendance ${unique()}`;
  const sanne = await db.person.findUniqueOrThrow({ where: { email: "coordinator@allies.demo" }, select: { id: true } });
  const programme = await db.programme.create({ data: { name, municipality: "Den Haag", policeTeam: "Team Hoefkade", neighbourhood: "Moerwijk" } });
  await db.membership.create({ data: { programmeId: programme.id, personId: sanne.id, party: "MUNICIPALITY", role: "COORDINATOR" } });
  const member = async (personName: string, party: "POLICE" | "COMMUNITY") => {
    const person = await db.person.create({ data: { name: personName, email: `${personName.split(" ")[0]!.toLowerCase()}-${unique()}@example.test` } });
    return db.membership.create({ data: { programmeId: programme.id, personId: person.id, party, role: "ALLY" } });
  };
  const pieter = await member("Pieter Post", "POLICE");
  const anouk = await member("Anouk Buurman", "COMMUNITY");
  const startsAt = new Date(Date.now() - 3 * 3600_000);
  const dinner = await db.dinner.create({ data: { programmeId: programme.id, startsAt, endsAt: new Date(startsAt.getTime() + 150 * 60_000), venueName: "Buurthuis Moerwijk", venueAddress: "Moerweg 1, Den Haag", venueKind: "COMMUNITY_VENUE" } });
  await db.rsvp.create({ data: { dinnerId: dinner.id, membershipId: pieter.id, response: "YES", respondedAt: new Date() } });
  await db.rsvp.create({ data: { dinnerId: dinner.id, membershipId: anouk.id, response: "NO", respondedAt: new Date() } });

  const detail = `/programmes/${programme.id}/dinners/${dinner.id}`;
  await signInAs(page, "coordinator", detail);
  await page.getByRole("link", { name: "Record attendance" }).click();
  await expect(heading(page)).toHaveText("Who attended?");
  await expect(page.getByLabel(/Pieter Post/)).toBeChecked();
  await expect(page.getByLabel(/Anouk Buurman/)).not.toBeChecked();
  await expect(page.getByLabel(/Sanne de Vries/)).not.toBeChecked();
  await checkPage(page);

  await page.getByLabel(/Anouk Buurman/).check();
  await page.getByLabel(/Sanne de Vries/).check();
  await page.getByRole("button", { name: "Save and mark as held" }).click();
  await expect(page).toHaveURL(detail);
  await expect(page.getByText("Held", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who came" })).toBeVisible();
  await expect(page.getByText("Anouk (Community)")).toBeVisible();
  await checkPage(page);

  expect((await db.dinner.findUniqueOrThrow({ where: { id: dinner.id } })).status).toBe("HELD");
  const attended = await db.rsvp.findMany({ where: { dinnerId: dinner.id }, select: { membershipId: true, attended: true } });
  expect(attended).toHaveLength(3);
  expect(attended.filter((r) => r.attended).length).toBe(3);

  await page.goto(`/programmes/${programme.id}/dinners`);
  await expect(page.getByText(/1 of 5 held/)).toBeVisible();
  await checkPage(page);
});

test("a reminder's answer link preselects the answer, and one press confirms it", async ({ page }) => {
  const db = e2eDb();
  const dinner = await db.dinner.findFirstOrThrow({ where: { programme: { name: "Allies Transvaal" }, status: "PLANNED" }, orderBy: { startsAt: "asc" } });
  const path = `/programmes/${dinner.programmeId}/dinners/${dinner.id}`;
  await signInAs(page, "other", `${path}?answer=MAYBE`);
  await expect(page.getByText("You chose “Maybe” in the e-mail.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Maybe", exact: true }).click();
  await expect(page.getByText("Your answer: Maybe")).toBeVisible();
  const noah = await db.membership.findFirstOrThrow({ where: { programmeId: dinner.programmeId, person: { email: "other@allies.demo" } } });
  expect((await db.rsvp.findUniqueOrThrow({ where: { dinnerId_membershipId: { dinnerId: dinner.id, membershipId: noah.id } } })).response).toBe("MAYBE");
  await page.getByRole("button", { name: "Coming", exact: true }).click();
  await expect(page.getByText("Your answer: Coming")).toBeVisible();
});

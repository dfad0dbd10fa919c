import { expect, test, type Browser, type Page } from "@playwright/test";
import { startTestPushService } from "@/tests/support/test-push-service";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs, type DemoRole } from "./support/helpers";
import { emailTo } from "./support/inbox";

// Issue 12, "when tension rises": incident mode end to end, on the phone and the desktop.
// The demo ally (Fatma) reads Dutch, the coordinator and the police liaison English: both
// languages are checked along the way.

async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  if (test.info().project.name === "phone") await expectNoHorizontalScroll(page);
}

// Several people in turn, each in a context of their own, with an accessibility check per page.
test.describe.configure({ timeout: 180_000 });

const unique = () => `${test.info().project.name}-${Date.now().toString(36)}`;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

async function as(browser: Browser, role: DemoRole, path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: test.info().project.use.viewport ?? undefined, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await signInAs(page, role, path);
  return { page, close: () => context.close() };
}

// The demo's open incident (Vaillantplein).
async function demoIncident() {
  const programmeId = await demoProgrammeId();
  const incident = await e2eDb().incident.findFirstOrThrow({ where: { programmeId, status: "OPEN", area: "Vaillantplein" }, select: { id: true } });
  return { programmeId, incidentId: incident.id, path: `/programmes/${programmeId}/incidents/${incident.id}` };
}

test("a police liaison opens an incident: every member gets the e-mail and a subscribed phone the push message", async ({ page, browser }) => {
  const programmeId = await demoProgrammeId();
  const push = await startTestPushService();
  try {
    // A member's phone opts in on the account page (keys made here, as a browser would).
    await signInAs(page, "ally", "/account");
    await expect(page.getByRole("heading", { name: "Pushberichten op dit apparaat" })).toBeVisible();
    await checkPage(page);
    const publicKey = await page.locator("[data-push-public-key]").getAttribute("data-push-public-key");
    expect(publicKey).toMatch(/^[\w-]{80,}$/);
    push.expectKey(publicKey!);
    const device = push.subscribe();
    const label = `Test phone ${unique()}`;
    const status = await page.evaluate(async ({ s, label }) => {
      const body = new URLSearchParams({ endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth, label });
      return (await fetch("/account/push", { method: "POST", body })).status;
    }, { s: device, label });
    expect(status).toBe(204);
    await page.reload();
    await expect(page.getByText(label)).toBeVisible();

    // The police liaison opens the incident.
    const police = await as(browser, "police", `/programmes/${programmeId}/incidents`);
    try {
      const p = police.page;
      await expect(heading(p)).toHaveText("When tension rises");
      await checkPage(p);
      const what = `Bottles thrown at the bus stop (${unique()}).`;
      // The guard against identifying text answers next to the field.
      await p.getByLabel("What happened").fill("Call 06-12345678 for details");
      await p.getByRole("button", { name: "Open the incident and tell everyone" }).click();
      await expect(p.getByText(/This looks like a phone number/)).toBeVisible();
      await p.getByLabel("What happened").fill(what);
      await p.getByLabel("Area").fill("Bus stop Hobbemaplein");
      await p.getByText("4 · very tense").click();
      await p.getByRole("button", { name: "Open the incident and tell everyone" }).click();
      await expect(heading(p)).toHaveText("Incident");
      await expect(p.getByText(what).first()).toBeVisible();
      await expect(p.getByRole("link", { name: "Share in WhatsApp with the text filled in" })).toHaveAttribute("href", /^https:\/\/wa\.me\/\?text=/);
      await checkPage(p);

      const db = e2eDb();
      const incident = await db.incident.findFirstOrThrow({ where: { whatHappened: what }, select: { id: true, status: true } });
      expect(incident.status).toBe("OPEN");
      const members = await db.membership.findMany({ where: { programmeId, leftAt: null }, select: { person: { select: { email: true } } } });
      const emails = await db.email.findMany({ where: { dedupeKey: { startsWith: `incident-opened:${incident.id}:` } }, select: { to: true } });
      expect(emails.map((e) => e.to).sort()).toEqual(members.map((m) => m.person.email).sort());
      // Fatma reads Dutch: her e-mail arrives in her language, with the protocol and the share link.
      const fatma = await emailTo("ally@allies.demo", /incident geopend/, what);
      expect(fatma.text).toContain("Karim El Idrissi");
      expect(fatma.text).toContain("https://wa.me/?text=");

      // Delivered through the job queue to the local push service: VAPID checked, payload decrypted.
      await expect.poll(() => push.received.filter((r) => r.subscriptionId === device.id).length, { timeout: 75_000 }).toBe(1);
      expect(push.refused).toEqual([]);
      const message = JSON.parse(push.received.find((r) => r.subscriptionId === device.id)!.payload) as { title: string; body: string; url: string };
      expect(message.title).toContain("Allies Schilderswijk");
      expect(message.body).toContain(what.slice(0, 40));
      expect(message.url).toContain(`/incidents/${incident.id}`);
    } finally {
      await police.close();
    }
  } finally {
    await push.close();
  }
});

test("members check in with one tap from a phone with JavaScript off; the coordinator sees the grid", async ({ browser }) => {
  const { path, incidentId } = await demoIncident();
  const ally = await as(browser, "ally", path, { javaScriptEnabled: false });
  try {
    const p = ally.page;
    await expect(heading(p)).toHaveText("Incident");
    // axe needs scripts in the page: this page is checked with JavaScript in the other flows.
    await p.getByRole("button", { name: "Ik hoor dingen" }).click();
    await expect(p.getByText("Dank je, je melding is opgeslagen.")).toBeVisible();
    await expect(p.getByText("Jouw melding: Ik hoor dingen.", { exact: false })).toBeVisible();
    await p.getByRole("button", { name: "Ik kan helpen" }).click();
    await expect(p.getByText("Jouw melding: Ik kan helpen.", { exact: false })).toBeVisible();
  } finally {
    await ally.close();
  }
  const membership = await e2eDb().membership.findFirstOrThrow({ where: { person: { email: "ally@allies.demo" }, programme: { name: "Allies Schilderswijk" } }, select: { id: true } });
  expect((await e2eDb().incidentCheckIn.findUniqueOrThrow({ where: { incidentId_membershipId: { incidentId, membershipId: membership.id } } })).answer).toBe("CAN_HELP");

  const coordinator = await as(browser, "coordinator", path);
  try {
    const grid = coordinator.page.getByRole("table", { name: "Community" });
    await expect(grid.getByRole("row", { name: /Fatma Yılmaz/ })).toContainText("I can help");
    await expect(coordinator.page.getByText(/members? ha(s|ve) not answered yet/)).toBeVisible();
    await checkPage(coordinator.page);
  } finally {
    await coordinator.close();
  }
});

test("an extra meeting is convened within hours by a short poll, answered, and gets a calendar file", async ({ browser }) => {
  const { path } = await demoIncident();
  const place = `Community centre ${unique()}`;
  const local = (hoursAhead: number) => new Date(Date.now() + hoursAhead * 3_600_000).toLocaleString("sv-SE", { timeZone: "Europe/Amsterdam" }).slice(0, 16).replace(" ", "T");
  const coordinator = await as(browser, "coordinator", path);
  try {
    const p = coordinator.page;
    // Convening is rare: its form opens from a link.
    await expect(p.getByLabel("Place")).toHaveCount(0);
    await p.getByRole("link", { name: "Convene an extra meeting" }).click();
    await expect(p).toHaveURL(/\?form=convene#convene$/);
    await p.getByLabel("Place").fill(place);
    await p.getByLabel("Time 1").fill(local(5));
    await p.getByLabel("Time 2").fill(local(6));
    await p.getByLabel("Poll closes after (hours)").fill("3");
    await p.getByRole("button", { name: "Convene and tell everyone" }).click();
    await expect(p.getByText("The extra meeting is convened: everyone gets an e-mail.")).toBeVisible();
    await expect(p.getByText(place).first()).toBeVisible();
    await checkPage(p);
  } finally {
    await coordinator.close();
  }
  const db = e2eDb();
  const meeting = await db.incidentMeeting.findFirstOrThrow({ where: { place }, select: { id: true, options: { orderBy: { startsAt: "asc" }, select: { id: true } } } });
  expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-meeting:${meeting.id}:convened:` } } })).toBeGreaterThan(5);

  const ally = await as(browser, "ally", path);
  try {
    const card = ally.page.locator("div", { has: ally.page.getByText(place) }).last();
    await card.getByRole("form").first().getByRole("button", { name: "Ja", exact: true }).click();
    await expect(ally.page.getByText("Je antwoord is opgeslagen.").first()).toBeVisible();
  } finally {
    await ally.close();
  }
  expect(await db.incidentMeetingVote.count({ where: { optionId: meeting.options[0]!.id, answer: "YES" } })).toBe(1);

  const police = await as(browser, "police", path);
  try {
    const p = police.page;
    const card = p.locator("div", { has: p.getByText(place) }).last();
    // Choosing the time, once in a meeting's life, opens from the option's link.
    await expect(card.getByRole("button", { name: /^Choose / })).toHaveCount(0);
    await card.getByRole("link", { name: /^Choose / }).first().click();
    await expect(p).toHaveURL(/\?pick=[^#]+#pick-/);
    await p.getByRole("button", { name: /^Choose / }).click();
    const timed = p.locator("div", { has: p.getByText(place) }).last();
    await expect(timed.getByRole("link", { name: "Add to your calendar (.ics)" })).toBeVisible();
    await timed.getByRole("button", { name: "Coming", exact: true }).click();
    await expect(p.getByText("Your answer is saved.").first()).toBeVisible();
    const ics = await p.request.get(`${path}/meetings/${meeting.id}/calendar.ics`);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain(place);
    await checkPage(p);
  } finally {
    await police.close();
  }
  expect(await db.incidentMeetingAnswer.count({ where: { meetingId: meeting.id, response: "YES" } })).toBe(1);
  expect(await db.email.count({ where: { dedupeKey: { startsWith: `incident-meeting:${meeting.id}:timeSet:` } } })).toBeGreaterThan(5);
  // Not a dinner: the year's dinners do not change.
  expect(await db.dinner.count({ where: { venueName: place } })).toBe(0);
});

test("an existing action is linked to the incident from the log, its form one link away", async ({ browser }) => {
  const { programmeId, path } = await demoIncident();
  const title = `Talk to the shop owners (${unique()})`;
  await e2eDb().action.create({ data: { programmeId, title, leadParty: "JOINT", status: "OPEN" } });
  const coordinator = await as(browser, "coordinator", path);
  try {
    const p = coordinator.page;
    // Linking is seldom: its choice of open actions is not on the page until asked for.
    await expect(p.getByLabel("Link an existing action")).toHaveCount(0);
    await p.getByRole("link", { name: "Link an existing action" }).click();
    await expect(p).toHaveURL(/\?form=link-action#link-action$/);
    await p.getByLabel("Link an existing action").selectOption({ label: title });
    await p.getByRole("button", { name: "Link it" }).click();
    await expect(p.getByText("The action is linked to this incident.")).toBeVisible();
    await expect(p.getByRole("region", { name: "Incident log" }).getByRole("link", { name: title })).toBeVisible();
    await checkPage(p);
  } finally {
    await coordinator.close();
  }
});

test("the joint message is final once the police, the municipality and a community representative approved it", async ({ browser }) => {
  const { path } = await demoIncident();
  const text = `Police, municipality and community ask everyone to stay calm (${unique()}).`;
  const coordinator = await as(browser, "coordinator", path);
  try {
    await coordinator.page.getByLabel("Write a new draft").fill(text);
    await coordinator.page.getByRole("button", { name: "Save the draft" }).click();
    await expect(coordinator.page.getByText("Draft saved: the three parties can now approve it.")).toBeVisible();
    await coordinator.page.getByRole("button", { name: "Approve for Municipality" }).click();
    await expect(coordinator.page.getByText(/Municipality: approved by Sanne de Vries/)).toBeVisible();
  } finally {
    await coordinator.close();
  }
  const police = await as(browser, "police", path);
  try {
    await police.page.getByRole("button", { name: "Approve for Police" }).click();
    await expect(police.page.getByText(/Police: approved by Karim El Idrissi/)).toBeVisible();
  } finally {
    await police.close();
  }
  const ally = await as(browser, "ally", path);
  try {
    await ally.page.getByRole("button", { name: "Keur goed namens Gemeenschap" }).click();
    await expect(ally.page.getByText(/^Definitief sinds/)).toBeVisible();
    // Earlier drafts stay readable.
    await expect(ally.page.getByText(/eerdere? concept(en)?$/)).toBeVisible();
    await checkPage(ally.page);
  } finally {
    await ally.close();
  }
  const message = await e2eDb().jointMessage.findFirstOrThrow({ where: { text }, select: { finalAt: true, approvals: { select: { party: true } } } });
  expect(message.finalAt).not.toBeNull();
  expect(message.approvals.map((a) => a.party).sort()).toEqual(["COMMUNITY", "MUNICIPALITY", "POLICE"]);
});

test("closing an incident asks for a review, which appears on the next dinner's agenda", async ({ browser }) => {
  const programmeId = await demoProgrammeId();
  const what = `Scuffle at the football pitch (${unique()}).`;
  const review = `Next time we call the youth workers first (${unique()}).`;
  const police = await as(browser, "police", `/programmes/${programmeId}/incidents`);
  try {
    const p = police.page;
    await p.getByLabel("What happened").fill(what);
    await p.getByRole("button", { name: "Open the incident and tell everyone" }).click();
    await expect(heading(p)).toHaveText("Incident");
    await p.getByLabel("Add an update").fill("Calm again after talks on the pitch.");
    await p.getByLabel("Tension level").selectOption("1");
    await p.getByRole("button", { name: "Add to the log" }).click();
    await expect(p.getByText("Tension level from 3 to 1")).toBeVisible();
    // Closing is done once: its form opens from a link.
    await expect(p.getByLabel("Short review: what did we learn?")).toHaveCount(0);
    await p.getByRole("link", { name: "Close the incident" }).click();
    await p.getByRole("button", { name: "Close the incident" }).click();
    await expect(p.getByText("Please check the fields marked below.")).toBeVisible();
    await p.getByLabel("Short review: what did we learn?").fill(review);
    await p.getByLabel("Yes, close the incident").check();
    await p.getByRole("button", { name: "Close the incident" }).click();
    await expect(p.getByText("This review is on the agenda of the next dinner.")).toBeVisible();
    await expect(p.getByText(review).first()).toBeVisible();
    await checkPage(p);
  } finally {
    await police.close();
  }
  const next = await e2eDb().dinner.findFirstOrThrow({ where: { programmeId, status: "PLANNED", startsAt: { gte: new Date() } }, orderBy: { startsAt: "asc" }, select: { id: true } });
  const ally = await as(browser, "ally", `/programmes/${programmeId}/dinners/${next.id}/agenda`);
  try {
    const section = ally.page.getByRole("region", { name: "Wat hebben we geleerd" });
    await expect(section.getByText(review)).toBeVisible();
    await checkPage(ally.page);
  } finally {
    await ally.close();
  }
});

test("the first-step protocol and the sharing agreement are shown to every member and printable as a card", async ({ browser }) => {
  const programmeId = await demoProgrammeId();
  const ally = await as(browser, "ally", `/programmes/${programmeId}/protocol`);
  try {
    const p = ally.page;
    await expect(heading(p)).toHaveText("Eerste-stap-protocol");
    await expect(p.getByText("Karim El Idrissi · +31 6 1234 0002").first()).toBeVisible();
    // One tap calls the first contact.
    await expect(p.getByRole("link", { name: "+31 6 1234 0002" }).first()).toHaveAttribute("href", "tel:+31612340002");
    await expect(p.getByRole("region", { name: "Afspraken over informatie delen" })).toContainText("geaccepteerd door Sanne de Vries");
    await checkPage(p);
    await p.getByRole("link", { name: "Print het als kaart van één pagina" }).click();
    await expect(heading(p)).toContainText("eerste-stap-kaart");
    await checkPage(p);
  } finally {
    await ally.close();
  }
  // The contact health on the overview, with the quiet members for the coordinator only.
  const coordinator = await as(browser, "coordinator", `/programmes/${programmeId}`);
  try {
    // A new version of the protocol: its form opens from its link (decision 028).
    await coordinator.page.goto(`/programmes/${programmeId}/protocol`);
    await expect(coordinator.page.getByRole("combobox")).toHaveCount(0);
    await coordinator.page.getByRole("link", { name: "Agree a new version" }).click();
    await expect(coordinator.page).toHaveURL(/\?form=edit#edit-protocol$/);
    const form = coordinator.page.getByRole("region", { name: "Agree a new version" });
    await expect(form.getByRole("combobox", { name: "First contact" })).toHaveCount(3);
    await expect(form.getByRole("button", { name: "Save the new version" })).toBeVisible();
    await checkPage(coordinator.page);
    await coordinator.page.goto(`/programmes/${programmeId}`);
    await expect(coordinator.page.getByRole("region", { name: "Contact health" })).toContainText(/days? since the last dinner/);
    await expect(coordinator.page.getByRole("heading", { name: "Not heard from in three months" })).toBeVisible();
    await checkPage(coordinator.page);
  } finally {
    await coordinator.close();
  }
});

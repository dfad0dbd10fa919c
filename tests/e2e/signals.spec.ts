import { expect, test, type Page } from "@playwright/test";
import { hashSecretToken } from "@/lib/security/secret-token";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll, signInAs } from "./support/helpers";

// Issue 11: signals, the tension picture, alerts, the agenda and the pulse.
// The demo ally (Fatma) reads Dutch, the coordinator (Sanne) English: both languages.

async function checkPage(page: Page, phone: boolean) {
  await expectNoAxeViolations(page);
  if (phone) await expectNoHorizontalScroll(page);
}

// Each project starts from a calm picture: no signals, no alerts, no alert e-mails.
async function calm(programmeId: string) {
  const db = e2eDb();
  await db.signal.deleteMany({ where: { programmeId } });
  await db.tensionAlert.deleteMany({ where: { programmeId } });
  await db.signalSettings.deleteMany({ where: { programmeId } });
  await db.pulseRound.deleteMany({ where: { programmeId } });
  await db.email.deleteMany({ where: { dedupeKey: { startsWith: "tension-alert:" } } });
}

test("an ally reports a signal without JavaScript; a phone number is refused with a clear message", async ({ browser }, info) => {
  const programmeId = await demoProgrammeId();
  const tag = `${info.project.name}-${Date.now().toString(36)}`;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await signInAs(page, "ally", `/programmes/${programmeId}/signals/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Meld een signaal" })).toBeVisible();
  await page.getByRole("combobox", { name: "Waar" }).selectOption({ label: "Haagse Markt" });
  await page.getByRole("textbox", { name: /Wat merkte je op/ }).fill(`Ruzie bij de kraam, bel hem op 06-12345678 ${tag}`);
  await page.getByRole("radio", { name: "Ik zag of ervoer het zelf" }).check();
  await page.getByRole("radio", { name: "3 – gespannen" }).check();
  await page.getByRole("button", { name: "Verstuur het signaal" }).click();
  await expect(page.getByText("Dit lijkt op een telefoonnummer.")).toBeVisible();
  expect(await e2eDb().signal.count({ where: { text: { contains: tag } } })).toBe(0);

  await page.getByRole("combobox", { name: "Waar" }).selectOption({ label: "Haagse Markt" });
  await page.getByRole("textbox", { name: /Wat merkte je op/ }).fill(`Ruzie bij de kraam bij sluitingstijd ${tag}`);
  await page.getByRole("radio", { name: "Ik zag of ervoer het zelf" }).check();
  await page.getByRole("radio", { name: "3 – gespannen" }).check();
  await page.getByRole("button", { name: "Verstuur het signaal" }).click();
  await expect(page.getByText("Dank je: je signaal is ontvangen.")).toBeVisible();
  await expect(page.getByText(`Ruzie bij de kraam bij sluitingstijd ${tag}`)).toBeVisible();
  await expect(page.getByText("Open: nog niet opgevolgd")).toBeVisible();
  const saved = await e2eDb().signal.findFirstOrThrow({ where: { text: { contains: tag } }, select: { level: true, source: true, visibility: true, area: { select: { name: true } } } });
  expect(saved).toEqual({ level: 3, source: "SEEN", visibility: "ALL_MEMBERS", area: { name: "Haagse Markt" } });
  await context.close();

  // The same form with JavaScript, for axe (it needs scripts in the page), and the English refusal.
  const scripted = await browser.newContext({ viewport: info.project.name === "phone" ? { width: 360, height: 780 } : { width: 1280, height: 800 } });
  const coordinator = await scripted.newPage();
  await signInAs(coordinator, "coordinator", `/programmes/${programmeId}/signals/new`);
  await checkPage(coordinator, info.project.name === "phone");
  await coordinator.getByRole("textbox", { name: /What did you notice/ }).fill("Call +31 6 1234 5678 about it");
  await coordinator.getByRole("radio", { name: "I heard it from others" }).check();
  await coordinator.getByRole("radio", { name: "2 – a little tense" }).check();
  await coordinator.getByRole("button", { name: "Send the signal" }).click();
  await expect(coordinator.getByText("This looks like a phone number.")).toBeVisible();
  await checkPage(coordinator, info.project.name === "phone");
  await scripted.close();
});

test("the picture rises, one alert e-mail, onto the next agenda; allies never see professionals-only signals", async ({ page, browser }, info) => {
  const phone = info.project.name === "phone";
  const programmeId = await demoProgrammeId();
  await calm(programmeId);
  const db = e2eDb();
  const tag = `${info.project.name}-${Date.now().toString(36)}`;

  await signInAs(page, "coordinator", `/programmes/${programmeId}/signals`);
  await expect(page.getByRole("heading", { level: 1, name: "Tension picture" })).toBeVisible();
  await expect(page.getByText("Overall: no signals lately")).toBeVisible();
  await checkPage(page, phone);

  // The police liaison reports a very tense, professionals-only signal: the picture rises.
  const police = await browser.newContext({ viewport: page.viewportSize()! });
  const policePage = await police.newPage();
  await signInAs(policePage, "police", `/programmes/${programmeId}/signals/new`);
  await policePage.getByRole("textbox", { name: /What did you notice/ }).fill(`Secret stickers on lamp posts ${tag}`);
  await policePage.getByRole("radio", { name: "I saw or experienced it myself" }).check();
  await policePage.getByRole("radio", { name: "5 – very tense" }).check();
  await policePage.getByRole("radio", { name: "Professionals only (police and municipality)" }).check();
  await policePage.getByRole("button", { name: "Send the signal" }).click();
  await expect(policePage.getByText("Thank you: your signal was received.")).toBeVisible();
  const secret = await db.signal.findFirstOrThrow({ where: { text: { contains: `Secret stickers on lamp posts ${tag}` } }, select: { id: true } });

  // A second very tense signal, for everyone: the same rise, no second e-mail.
  await policePage.goto(`/programmes/${programmeId}/signals/new`);
  await policePage.getByRole("textbox", { name: /What did you notice/ }).fill(`Shouting at the square tonight ${tag}`);
  await policePage.getByRole("radio", { name: "I saw or experienced it myself" }).check();
  await policePage.getByRole("radio", { name: "5 – very tense" }).check();
  await policePage.getByRole("button", { name: "Send the signal" }).click();
  await expect(policePage.getByText("Thank you: your signal was received.")).toBeVisible();
  await police.close();
  const open = await db.signal.findFirstOrThrow({ where: { text: { contains: `Shouting at the square tonight ${tag}` } }, select: { id: true } });

  await page.reload();
  await expect(page.getByText("Overall: 5 – very tense")).toBeVisible();
  await expect(page.getByRole("link", { name: `Secret stickers on lamp posts ${tag}` })).toBeVisible();
  const alerts = await db.email.findMany({ where: { dedupeKey: { startsWith: "tension-alert:" }, to: "coordinator@allies.demo" }, select: { subject: true } });
  expect(alerts).toHaveLength(1);
  expect(alerts[0]!.subject).toContain("Tension rising in Allies Schilderswijk");
  expect(await db.email.count({ where: { dedupeKey: { startsWith: "tension-alert:" } } })).toBe(2); // coordinator and police liaison

  // The coordinator puts the signal on the next agenda and sees it there.
  await page.getByRole("link", { name: `Shouting at the square tonight ${tag}` }).click();
  await expect(page.getByRole("button", { name: "Put on the next agenda" })).toBeVisible();
  await checkPage(page, phone);
  await page.getByRole("button", { name: "Put on the next agenda" }).click();
  await expect(page.getByText("On the agenda of the next dinner").first()).toBeVisible();
  await page.getByRole("link", { name: /On the agenda of the dinner of/ }).click();
  await expect(page.getByRole("heading", { name: "Signals since the last dinner" })).toBeVisible();
  const section = page.getByRole("region", { name: "Signals since the last dinner" });
  await expect(section.getByRole("link", { name: `Shouting at the square tonight ${tag}` })).toBeVisible();
  await expect(section.getByText("On this agenda", { exact: true })).toBeVisible();
  await checkPage(page, phone);
  const agendaPath = new URL(page.url()).pathname;

  // The ally: neither the page, nor its RSC payload, nor the agenda, nor the signal itself.
  const ally = await browser.newContext({ viewport: page.viewportSize()! });
  const allyPage = await ally.newPage();
  await signInAs(allyPage, "ally", `/programmes/${programmeId}/signals`);
  await expect(allyPage.getByRole("heading", { level: 1, name: "Spanningsbeeld" })).toBeVisible();
  await expect(allyPage.getByRole("link", { name: `Shouting at the square tonight ${tag}` })).toBeVisible();
  await expect(allyPage.getByText(`Secret stickers on lamp posts ${tag}`)).toHaveCount(0);
  await checkPage(allyPage, phone);
  for (const path of [`/programmes/${programmeId}/signals`, agendaPath, `/programmes/${programmeId}/signals/${open.id}`]) {
    const html = await allyPage.request.get(path);
    expect(await html.text()).not.toContain("Secret stickers");
    const rsc = await allyPage.request.get(path, { headers: { RSC: "1" } });
    expect(rsc.ok()).toBe(true);
    expect(await rsc.text()).not.toContain("Secret stickers");
  }
  const hidden = await allyPage.goto(`/programmes/${programmeId}/signals/${secret.id}`);
  expect(hidden?.status()).toBe(404);
  const hiddenRsc = await allyPage.request.get(`/programmes/${programmeId}/signals/${secret.id}`, { headers: { RSC: "1" } });
  expect(await hiddenRsc.text()).not.toContain("Secret stickers");
  const exported = await allyPage.request.get("/account/export");
  expect(await exported.text()).not.toContain("Secret stickers");
  await ally.close();
});

test("a pulse link shows the choice, counts once, and a second tap says it was already counted", async ({ page }, info) => {
  const programmeId = await demoProgrammeId();
  const db = e2eDb();
  const membership = await db.membership.findFirstOrThrow({ where: { programmeId, person: { email: "coordinator@allies.demo" } }, select: { id: true } });
  const token = `e2e-${info.project.name}-${Date.now().toString(36)}-${"x".repeat(30)}`;
  const round = await db.pulseRound.create({ data: { programmeId, opensAt: new Date(), closesAt: new Date(Date.now() + 14 * 86_400_000) }, select: { id: true } });
  await db.pulseInvite.create({ data: { roundId: round.id, membershipId: membership.id, tokenHash: hashSecretToken(token), expiresAt: new Date(Date.now() + 14 * 86_400_000) } });

  // Opening the link (as a mail scanner would) counts nothing.
  await page.goto(`/pulse/${token}?level=4`);
  await expect(page.getByRole("heading", { level: 1, name: "How is the mood in the neighbourhood?" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "4 – quite tense" })).toBeChecked();
  await checkPage(page, info.project.name === "phone");
  expect(await db.pulseAnswer.count({ where: { roundId: round.id } })).toBe(0);

  await page.getByRole("button", { name: "Count my answer" }).click();
  await expect(page.getByText("Thank you: your answer was counted.")).toBeVisible();
  expect(await db.pulseAnswer.findMany({ where: { roundId: round.id }, select: { party: true, level: true } })).toEqual([{ party: "MUNICIPALITY", level: 4 }]);

  await page.goto(`/pulse/${token}?level=2`);
  await expect(page.getByText("Your answer for this round was already counted.")).toBeVisible();
  await checkPage(page, info.project.name === "phone");
  expect(await db.pulseAnswer.count({ where: { roundId: round.id } })).toBe(1);
});

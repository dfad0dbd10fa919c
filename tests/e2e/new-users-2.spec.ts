import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashSecretToken } from "@/lib/security/secret-token";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/helpers";

// Issue 14, the rest (decision 020): reminder e-mails' answer links record the answer
// without signing in, and the audit log summarises routine events and filters them. At
// 360 px in English and Dutch (run with --project=phone).

type Locale = "en" | "nl";
const phone = { width: 360, height: 640 };
const sessions: string[] = [];
const savedLocales = new Map<string, Locale | null>();
const cleanups: (() => Promise<unknown>)[] = [];

async function check(page: Page, javaScript = true) {
  if (!javaScript) return;
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

async function signedIn(browser: Browser, email: string, locale: Locale, javaScript = true) {
  const db = e2eDb();
  const person = await db.person.findUniqueOrThrow({ where: { email }, select: { id: true, locale: true } });
  if (!savedLocales.has(person.id)) savedLocales.set(person.id, person.locale);
  await db.person.update({ where: { id: person.id }, data: { locale } });
  const token = `new-users-2-${randomBytes(16).toString("hex")}`;
  sessions.push(token);
  await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: person.id, expires: new Date(Date.now() + 3_600_000) } });
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled: javaScript, hasTouch: true });
  await context.addCookies([{ name: "next-auth.session-token", value: token, url: test.info().project.use.baseURL! }]);
  return context;
}

test.afterAll(async () => {
  const db = e2eDb();
  for (const cleanup of cleanups.reverse()) await cleanup();
  await db.session.deleteMany({ where: { tokenHash: { in: sessions.map(hashSecretToken) } } });
  for (const [id, locale] of savedLocales) await db.person.update({ where: { id }, data: { locale } });
});

const answerTexts = {
  en: { heading: /dinner$/, maybe: "Maybe", coming: "Coming", save: "Save my answer", chosen: "You chose “Maybe” in the e-mail", savedMaybe: "Saved: Maybe.", savedComing: "Saved: Coming.", moved: "The dinner was moved meanwhile", other: "Nederlands" as const, otherSave: "Antwoord opslaan", otherMaybe: "Misschien" },
  nl: { heading: /diner$/, maybe: "Misschien", coming: "Ik kom", save: "Antwoord opslaan", chosen: "Je koos “Misschien” in de e-mail", savedMaybe: "Opgeslagen: Misschien.", savedComing: "Opgeslagen: Ik kom.", moved: "Het diner is intussen verplaatst", other: "English" as const, otherSave: "Save my answer", otherMaybe: "Maybe" },
};

for (const locale of ["en", "nl"] as const) {
  test(`a reminder's answer link records the answer without signing in, and survives a language switch (${locale})`, async ({ browser }) => {
    const db = e2eDb();
    const programmeId = await demoProgrammeId();
    const ally = await db.membership.findFirstOrThrow({ where: { programmeId, person: { email: "ally@allies.demo" } }, select: { id: true } });
    const startsAt = new Date(Date.now() + 40 * 86_400_000);
    startsAt.setUTCHours(18, 0, 0, 0);
    const dinner = await db.dinner.create({ data: { programmeId, startsAt, endsAt: new Date(startsAt.getTime() + 9_000_000), venueKind: "TOWN_HALL", venueName: "Stadhuis", venueAddress: "Spui 70, Den Haag" } });
    cleanups.push(() => db.dinner.delete({ where: { id: dinner.id } }));
    const token = randomBytes(32).toString("base64url");
    await db.dinnerAnswerLink.create({ data: { tokenHash: hashSecretToken(token), dinnerId: dinner.id, membershipId: ally.id, expiresAt: startsAt } });
    const rsvp = () => db.rsvp.findUnique({ where: { dinnerId_membershipId: { dinnerId: dinner.id, membershipId: ally.id } }, select: { response: true } });
    const t = answerTexts[locale];

    // Signed out, in the member's language (the e-mail's link opens a fresh browser).
    const context = await browser.newContext({ viewport: phone, hasTouch: true });
    await context.addCookies([{ name: "allies-locale", value: locale, url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();

    // A mail scanner opening the link, or the confirm address, records nothing.
    expect((await page.request.get(`/answer/${token}/confirm`, { maxRedirects: 0 })).status()).toBe(303);
    await page.goto(`/answer/${token}?answer=MAYBE`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.heading);
    await expect(page.getByText(t.chosen)).toBeVisible();
    await expect(page.getByRole("radio", { name: t.maybe })).toBeChecked();
    expect(await rsvp()).toBeNull();
    await check(page);

    // Switching language keeps the chosen answer.
    await page.getByRole("button", { name: t.other }).click();
    await expect(page.getByRole("button", { name: t.otherSave })).toBeVisible();
    expect(new URL(page.url()).searchParams.get("answer")).toBe("MAYBE");
    await expect(page.getByRole("radio", { name: t.otherMaybe })).toBeChecked();
    await page.getByRole("button", { name: locale === "en" ? "English" : "Nederlands" }).click();
    await expect(page.getByRole("button", { name: t.save })).toBeVisible();
    await expect(page.getByRole("radio", { name: t.maybe })).toBeChecked();

    // One press records it, and the page says what was saved.
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status")).toContainText(t.savedMaybe);
    expect(await rsvp()).toEqual({ response: "MAYBE" });
    await check(page);

    // And it can be changed on the same page.
    await page.getByRole("radio", { name: t.coming, exact: true }).check();
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status")).toContainText(t.savedComing);
    expect(await rsvp()).toEqual({ response: "YES" });

    // Moved after the page was shown: nothing is saved, the page shows the new time and the
    // choice again, and saving then records it.
    await page.getByRole("radio", { name: t.maybe }).check();
    const movedTo = new Date(startsAt.getTime() + 86_400_000);
    await db.dinner.update({ where: { id: dinner.id }, data: { startsAt: movedTo, endsAt: new Date(movedTo.getTime() + 9_000_000) } });
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByText(t.moved)).toBeVisible();
    expect(await rsvp()).toEqual({ response: "YES" });
    await expect(page.getByRole("radio", { name: t.maybe })).toBeChecked();
    await check(page);
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status")).toContainText(t.savedMaybe);
    expect(await rsvp()).toEqual({ response: "MAYBE" });

    // An unknown token reveals nothing.
    await page.goto(`/answer/${randomBytes(32).toString("base64url")}?answer=YES`);
    await expect(page.getByRole("radio")).toHaveCount(0);
    await check(page);
    await context.close();
  });
}

const auditTexts = {
  en: { kind: "Kind of event", signedIn: "Signed in", person: "Person", from: "From", to: "To", show: "Show", routine: "Routine activity", changes: "Changes", times: "3 times" },
  nl: { kind: "Soort gebeurtenis", signedIn: "Ingelogd", person: "Persoon", from: "Van", to: "Tot en met", show: "Toon", routine: "Routineactiviteit", changes: "Wijzigingen", times: "3 keer" },
};

for (const locale of ["en", "nl"] as const) {
  // English with JavaScript, Dutch without: the filter is a plain GET form.
  const javaScript = locale === "en";
  test(`the audit log summarises sign-ins per person per day and filters by kind, person and period (${locale})`, async ({ browser }) => {
    const db = e2eDb();
    const programmeId = await demoProgrammeId();
    const ally = await db.person.findUniqueOrThrow({ where: { email: "ally@allies.demo" }, select: { id: true, name: true } });
    const day = locale === "en" ? "2025-02-03" : "2025-02-04";
    const created = await db.auditEvent.createManyAndReturn({
      data: Array.from({ length: 3 }, (_, i) => ({ programmeId: null, actorId: ally.id, kind: "auth.sign-in", createdAt: new Date(`${day}T${String(i + 8).padStart(2, "0")}:00:00Z`) })),
      select: { id: true },
    });
    cleanups.push(() => db.auditEvent.deleteMany({ where: { id: { in: created.map((e) => e.id) } } }));
    const t = auditTexts[locale];

    const context = await signedIn(browser, "coordinator@allies.demo", locale, javaScript);
    const page = await context.newPage();
    await page.goto(`/programmes/${programmeId}/audit`);
    await expect(page.getByRole("heading", { name: t.routine })).toBeVisible();
    await check(page, javaScript);

    await page.getByLabel(t.kind).selectOption("auth.sign-in");
    await page.getByLabel(t.person).selectOption(ally.id);
    await page.getByLabel(t.from, { exact: true }).fill(day);
    await page.getByLabel(t.to, { exact: true }).fill(day);
    await page.getByRole("button", { name: t.show, exact: true }).click();
    await page.waitForURL(/kind=auth.sign-in/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ kind: "auth.sign-in", person: ally.id, from: day, to: day });

    // One line for the three sign-ins of that day; no list of changes for a routine kind.
    const lines = page.locator("[data-routine-line]");
    await expect(lines).toHaveCount(1);
    await expect(lines.first()).toContainText(ally.name);
    await expect(lines.first()).toContainText(t.signedIn);
    await expect(lines.first()).toContainText(t.times);
    await expect(page.getByRole("heading", { name: t.changes })).toHaveCount(0);
    await expect(page.getByLabel(t.kind)).toHaveValue("auth.sign-in");
    await check(page, javaScript);
    await context.close();
  });
}

import { hashSecretToken } from "@/lib/security/secret-token";
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoProgrammeId, e2eDb } from "./support/db";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/helpers";

// Issue 14 "What new users hit", at 360 px (and the desktop where it matters), in English
// and Dutch. The members' language is set on their person (a saved preference wins over
// any cookie) and put back afterwards.

type Locale = "en" | "nl";
const phone = { width: 360, height: 640 };
const sessions: string[] = [];
const savedLocales = new Map<string, Locale | null>();

// Axe and the width check run scripts in the page: only where JavaScript is on (the same
// pages are checked with JavaScript in the other variant of each test).
async function check(page: Page, javaScript = true) {
  if (!javaScript) return;
  await expectNoAxeViolations(page);
  if ((page.viewportSize()?.width ?? 0) <= 400) await expectNoHorizontalScroll(page);
}

// A signed-in browser context for a demo account, in `locale`, with or without JavaScript.
async function signedIn(browser: Browser, email: string, locale: Locale, options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}) {
  const db = e2eDb();
  const person = await db.person.findUniqueOrThrow({ where: { email }, select: { id: true, locale: true } });
  if (!savedLocales.has(person.id)) savedLocales.set(person.id, person.locale);
  await db.person.update({ where: { id: person.id }, data: { locale } });
  const token = `phone-${randomBytes(16).toString("hex")}`;
  sessions.push(token);
  await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: person.id, expires: new Date(Date.now() + 3_600_000) } });
  const context = await browser.newContext({ viewport: options.viewport ?? phone, javaScriptEnabled: options.javaScript ?? true, hasTouch: true });
  const baseURL = test.info().project.use.baseURL!;
  await context.addCookies([{ name: "next-auth.session-token", value: token, url: baseURL }]);
  return context;
}

test.afterAll(async () => {
  const db = e2eDb();
  await db.session.deleteMany({ where: { tokenHash: { in: sessions.map(hashSecretToken) } } });
  for (const [id, locale] of savedLocales) await db.person.update({ where: { id }, data: { locale } });
});

// A planned dinner of the demo programme far ahead, just for one test.
async function freshDinner(daysAhead: number) {
  const db = e2eDb();
  const programmeId = await demoProgrammeId();
  const startsAt = new Date(Date.now() + daysAhead * 86_400_000);
  startsAt.setUTCHours(18, 30, 0, 0);
  const dinner = await db.dinner.create({
    data: { programmeId, startsAt, endsAt: new Date(startsAt.getTime() + 9_000_000), hostParty: "MUNICIPALITY", venueKind: "TOWN_HALL", venueName: "Stadhuis", venueAddress: "Spui 70, Den Haag", capacity: 20 },
  });
  return { programmeId, dinner, path: `/programmes/${programmeId}/dinners/${dinner.id}` };
}

const texts = {
  en: { coming: "Coming", saved: "Saved: you are coming.", cancelled: "This dinner was cancelled, so it takes no answers.", moved: "This dinner was moved to", kept: "You were signed out. Your answer “Coming” is kept" },
  nl: { coming: "Ik kom", saved: "Opgeslagen: je komt.", cancelled: "Dit diner is afgelast, dus je kunt er niet meer op reageren.", moved: "Dit diner is verplaatst naar", kept: "Je was afgemeld. Je antwoord “Ik kom” is bewaard" },
};

test.describe("1. answering a dinner always says what happened @phone", () => {
  for (const javaScript of [true, false]) {
    for (const locale of ["en", "nl"] as const) {
      test(`${locale}, ${javaScript ? "with" : "without"} JavaScript: saved, cancelled meanwhile, moved meanwhile, signed out`, async ({ browser }) => {
        const t = texts[locale];
        const db = e2eDb();
        const context = await signedIn(browser, "ally@allies.demo", locale, { javaScript });
        const page = await context.newPage();
        const ally = await db.membership.findFirstOrThrow({ where: { person: { email: "ally@allies.demo" }, programmeId: await demoProgrammeId() } });

        // Saved: a clear confirmation of the chosen answer.
        const saved = await freshDinner(200);
        await page.goto(saved.path);
        await page.getByRole("button", { name: t.coming, exact: true }).click();
        await expect(page.getByTestId("rsvp-outcome")).toContainText(t.saved);
        expect((await db.rsvp.findUniqueOrThrow({ where: { dinnerId_membershipId: { dinnerId: saved.dinner.id, membershipId: ally.id } } })).response).toBe("YES");
        await check(page, javaScript);

        // Cancelled while the page was open: no answer taken, and the member is told.
        const cancelled = await freshDinner(201);
        await page.goto(cancelled.path);
        await db.dinner.update({ where: { id: cancelled.dinner.id }, data: { status: "CANCELLED" } });
        await page.getByRole("button", { name: t.coming, exact: true }).click();
        await expect(page.getByRole("alert").filter({ hasText: t.cancelled })).toBeVisible();
        expect(await db.rsvp.count({ where: { dinnerId: cancelled.dinner.id } })).toBe(0);
        await check(page, javaScript);

        // Moved while the page was open: the new date and time, answer again.
        const moved = await freshDinner(202);
        await page.goto(moved.path);
        await db.dinner.update({ where: { id: moved.dinner.id }, data: { startsAt: new Date(moved.dinner.startsAt.getTime() + 86_400_000), endsAt: new Date(moved.dinner.endsAt.getTime() + 86_400_000) } });
        await page.getByRole("button", { name: t.coming, exact: true }).click();
        await expect(page.getByRole("alert").filter({ hasText: t.moved })).toBeVisible();
        expect(await db.rsvp.count({ where: { dinnerId: moved.dinner.id } })).toBe(0);
        await page.getByRole("button", { name: t.coming, exact: true }).click();
        await expect(page.getByTestId("rsvp-outcome")).toContainText(t.saved);
        expect(await db.rsvp.count({ where: { dinnerId: moved.dinner.id } })).toBe(1);

        // Signed out meanwhile: sign in, and the answer is waiting to be saved with one press.
        const later = await freshDinner(203);
        await page.goto(later.path);
        await context.clearCookies();
        await page.getByRole("button", { name: t.coming, exact: true }).click();
        await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
        expect(decodeURIComponent(page.url())).toContain(`${later.path}?answer=YES`);
        const token = `phone-${randomBytes(16).toString("hex")}`;
        sessions.push(token);
        await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: (await db.person.findUniqueOrThrow({ where: { email: "ally@allies.demo" } })).id, expires: new Date(Date.now() + 3_600_000) } });
        await context.addCookies([{ name: "next-auth.session-token", value: token, url: test.info().project.use.baseURL! }]);
        await page.goto(new URL(page.url()).searchParams.get("callbackUrl")!);
        await expect(page.getByText(t.kept)).toBeVisible();
        await page.getByRole("button", { name: t.coming, exact: true }).click();
        await expect(page.getByTestId("rsvp-outcome")).toContainText(t.saved);
        expect(await db.rsvp.count({ where: { dinnerId: later.dinner.id } })).toBe(1);
        await context.close();
      });
    }
  }
});

test.describe("2. counts show only what the viewer may see", () => {
  for (const locale of ["en", "nl"] as const) {
    test(`${locale}: an ally's topic list counts no professionals-only notes; a police liaison's does`, async ({ browser, viewport }) => {
      const programmeId = await demoProgrammeId();
      const label = locale === "en" ? { topic: "Radicalisation", none: "not discussed yet", once: "discussed once" } : { topic: "Radicalisering", none: "nog niet besproken", once: "één keer besproken" };
      const ally = await signedIn(browser, "ally@allies.demo", locale, { viewport: viewport ?? phone });
      const page = await ally.newPage();
      await page.goto(`/programmes/${programmeId}/topics`);
      const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: label.topic }) });
      await expect(item).toContainText(label.none);
      await check(page);
      await ally.close();
      const police = await signedIn(browser, "police@allies.demo", locale, { viewport: viewport ?? phone });
      const other = await police.newPage();
      await other.goto(`/programmes/${programmeId}/topics`);
      await expect(other.getByRole("listitem").filter({ has: other.getByRole("link", { name: label.topic }) })).toContainText(label.once);
      await police.close();
    });
  }
});

async function bottomOf(page: Page, locator: ReturnType<Page["locator"]>) {
  const box = await locator.boundingBox();
  expect(box, "element is rendered").not.toBeNull();
  return box!.y + box!.height;
}

test.describe("5. the phone: compact header, thumb navigation, the next dinner first @phone", () => {
  for (const javaScript of [true, false]) {
    for (const locale of ["en", "nl"] as const) {
      test(`${locale}, ${javaScript ? "with" : "without"} JavaScript: next dinner and answer buttons without scrolling on 360×640; bottom bar and More menu`, async ({ browser }) => {
        const context = await signedIn(browser, "ally@allies.demo", locale, { javaScript });
        const page = await context.newPage();
        await page.goto("/");
        const coming = page.getByRole("button", { name: texts[locale].coming, exact: true }).first();
        await expect(coming).toBeVisible();
        const nav = page.getByRole("navigation", { name: locale === "en" ? "Main navigation" : "Hoofdmenu" });
        const bar = nav.locator(".nav-bar");
        const barTop = (await bar.boundingBox())!.y;
        // The answer buttons end above the bottom bar on the first screen.
        expect(await bottomOf(page, coming)).toBeLessThanOrEqual(barTop);
        expect(barTop + (await bar.boundingBox())!.height).toBeLessThanOrEqual(phone.height + 1);
        // The header is one compact row.
        const header = (await nav.boundingBox())!;
        expect(header.height).toBeLessThanOrEqual(60);
        // Three or four places plus "More"; More opens (a popover, no JavaScript needed), and
        // what it holds is in the page once (one navigation for all widths, decision 026).
        const items = bar.locator(":scope > li");
        expect(await items.count()).toBeGreaterThanOrEqual(4);
        expect(await items.count()).toBeLessThanOrEqual(5);
        const myActions = nav.getByRole("link", { name: locale === "en" ? "My actions" : "Mijn acties" });
        const signOut = nav.getByRole("button", { name: locale === "en" ? "Sign out" : "Uitloggen" });
        await expect(myActions).toBeHidden();
        await bar.getByRole("button", { name: locale === "en" ? "More" : "Meer" }).click();
        await expect(myActions).toBeVisible();
        await expect(signOut).toBeVisible();
        expect(await page.locator('a[href="/my/actions"]').count()).toBe(1);
        expect(await page.getByRole("button", { name: locale === "en" ? "Sign out" : "Uitloggen", includeHidden: true }).count()).toBe(1);
        await check(page, javaScript);
        await context.close();
      });
    }
  }
});

test.describe("6. installable, calm and friendly", () => {
  test("the web app manifest and its icons are served", async ({ request }) => {
    const response = await request.get("/manifest.webmanifest");
    expect(response.status()).toBe(200);
    const manifest = (await response.json()) as { name: string; display: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ name: "Allies", display: "standalone", start_url: "/" });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()["content-type"]).toBe("image/png");
    }
  });

  for (const locale of ["en", "nl"] as const) {
    test(`${locale}: pages link the manifest and show the three parties' colours equally`, async ({ browser, viewport }) => {
      const context = await signedIn(browser, "ally@allies.demo", locale, { viewport: viewport ?? phone });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest/);
      // The bands are the header's background (one element less on every page, issue 10):
      // three colours, each over a third of the width.
      const image = await page.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundImage);
      const stops = [...image.matchAll(/(rgb\([^)]*\))((?: [\d.]+%)*)/g)].flatMap(([, colour, positions]) => positions!.trim().split(" ").map((p) => ({ colour: colour!, at: Number.parseFloat(p) })));
      const colours = [...new Set(stops.map((stop) => stop.colour))];
      expect(colours).toHaveLength(3);
      const spans = colours.map((colour, i) => {
        const at = stops.filter((stop) => stop.colour === colour).map((stop) => stop.at);
        return (i === colours.length - 1 ? 100 : Math.max(...at)) - (i === 0 ? 0 : Math.min(...at));
      });
      for (const span of spans) expect(Math.abs(span - 100 / 3)).toBeLessThan(0.1);
      await check(page);
      await context.close();
    });
  }
});

test.describe("7. what a demanding user hit", () => {
  for (const locale of ["en", "nl"] as const) {
    test(`${locale}: a held dinner warns about who came, not about yes answers; times are 24-hour; venue kinds capitalised`, async ({ browser, viewport }) => {
      const db = e2eDb();
      const programmeId = await demoProgrammeId();
      const held = await db.dinner.findFirstOrThrow({ where: { programmeId, status: "HELD" }, orderBy: { startsAt: "desc" } });
      // Nobody from the police came to this one.
      const police = await db.rsvp.findMany({ where: { dinnerId: held.id, membership: { party: "POLICE" } } });
      await db.rsvp.updateMany({ where: { id: { in: police.map((r) => r.id) } }, data: { attended: false } });
      const context = await signedIn(browser, "coordinator@allies.demo", locale, { viewport: viewport ?? phone });
      const page = await context.newPage();
      await page.goto(`/programmes/${programmeId}/dinners/${held.id}`);
      await expect(page.getByText(locale === "en" ? "has said yes yet" : "heeft nog ja gezegd")).toHaveCount(0);
      await expect(page.getByText(locale === "en" ? "Nobody from Police came to this dinner." : "Niemand van Politie was bij dit diner.")).toBeVisible();
      await expect(page.getByText(/\b\d{2}:\d{2} – \d{2}:\d{2}\b/)).toBeVisible();
      await expect(page.getByText(/\b(AM|PM)\b/)).toHaveCount(0);
      await expect(page.getByText(locale === "en" ? /\((Police station|Town hall|Community venue|Other venue)\)/ : /\((Politiebureau|Stadhuis|Buurtlocatie|Andere locatie)\)/)).toBeVisible();
      await check(page);
      for (const r of police) await db.rsvp.update({ where: { id: r.id }, data: { attended: r.attended } });
      await context.close();
    });

    test(`${locale}: an owner sees who can reopen a done action; a coordinator reopens it`, async ({ browser, viewport }) => {
      const db = e2eDb();
      const programmeId = await demoProgrammeId();
      const owner = await db.membership.findFirstOrThrow({ where: { programmeId, person: { email: "police@allies.demo" } } });
      const action = await db.action.create({ data: { programmeId, title: `Done by mistake ${randomBytes(3).toString("hex")}`, leadParty: "POLICE", status: "DONE", completedAt: new Date(), owners: { create: { membershipId: owner.id } } } });
      const path = `/programmes/${programmeId}/actions/${action.id}`;
      const asOwner = await signedIn(browser, "police@allies.demo", locale, { viewport: viewport ?? phone });
      const ownerPage = await asOwner.newPage();
      await ownerPage.goto(path);
      await expect(ownerPage.getByText(locale === "en" ? "A coordinator can reopen it." : "Een coördinator kan de actie heropenen.")).toBeVisible();
      await check(ownerPage);
      await asOwner.close();
      const asCoordinator = await signedIn(browser, "coordinator@allies.demo", locale, { viewport: viewport ?? phone });
      const page = await asCoordinator.newPage();
      await page.goto(path);
      await page.getByRole("button", { name: locale === "en" ? "Reopen this action" : "Deze actie heropenen" }).click();
      await expect.poll(async () => (await db.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("OPEN");
      await check(page);
      await asCoordinator.close();
    });

    test(`${locale}: on a phone the actions list shows the first action before the filters`, async ({ browser, viewport }) => {
      const programmeId = await demoProgrammeId();
      const context = await signedIn(browser, "ally@allies.demo", locale, { viewport: viewport ?? phone });
      const page = await context.newPage();
      await page.goto(`/programmes/${programmeId}/actions`);
      const status = page.getByLabel(locale === "en" ? "Status" : "Status", { exact: true });
      if ((viewport?.width ?? 0) <= 400) {
        await expect(status).toBeHidden();
        await page.getByText(locale === "en" ? "Filter actions" : "Acties filteren", { exact: true }).click();
      }
      await expect(status).toBeVisible();
      await check(page);
      await context.close();
    });

    test(`${locale}: the calendar feed page asks for the tick, then shows the new address once with a copy button`, async ({ browser, viewport }) => {
      const context = await signedIn(browser, "ally@allies.demo", locale, { viewport: viewport ?? phone });
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      const page = await context.newPage();
      await page.goto("/account/calendar");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? "Calendar" : "Agenda-abonnement");
      const make = page.getByRole("button", { name: locale === "en" ? /^Make / : /maken$/ });
      await make.click();
      await expect(page.getByRole("alert").first()).toBeVisible();
      await expect(page.locator("#feed-url-input")).toHaveCount(0);
      await page.getByRole("checkbox").check();
      await make.click();
      await expect(page.getByRole("status")).toHaveText(locale === "en" ? "Your feed has a new address." : "Je feed heeft een nieuw adres.");
      const feed = await page.locator("#feed-url-input").inputValue();
      expect(feed).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\/feed\.ics$/);
      await page.getByRole("button", { name: locale === "en" ? "Copy the address" : "Kopieer het adres" }).click();
      await expect(page.getByText(locale === "en" ? "Copied." : "Gekopieerd.")).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feed);
      await check(page);
      await context.close();
    });
  }
});

test.describe("8. a new programme's first steps", () => {
  for (const locale of ["en", "nl"] as const) {
    test(`${locale}: invite each party, plan the first dinner, share the group chat, checked off until done`, async ({ browser, viewport }) => {
      const db = e2eDb();
      const coordinator = await db.person.findUniqueOrThrow({ where: { email: "coordinator@allies.demo" } });
      const programme = await db.programme.create({ data: { name: `Allies Nieuw ${randomBytes(3).toString("hex")}`, municipality: "Den Haag", neighbourhood: "Moerwijk", policeTeam: "Team Zuid" } });
      await db.membership.create({ data: { programmeId: programme.id, personId: coordinator.id, party: "MUNICIPALITY", role: "COORDINATOR" } });
      const context = await signedIn(browser, "coordinator@allies.demo", locale, { viewport: viewport ?? phone });
      const page = await context.newPage();
      const t =
        locale === "en"
          ? { title: "Getting started", progress: "0 of 3 steps done", later: "2 of 3 steps done", rhythm: "about one every 10 weeks", plan: "Plan the first dinner" }
          : { title: "Aan de slag", progress: "0 van 3 stappen gedaan", later: "2 van 3 stappen gedaan", rhythm: "ongeveer één per 10 weken", plan: "Plan het eerste diner" };
      await page.goto(`/programmes/${programme.id}`);
      const section = page.getByRole("region", { name: t.title });
      await expect(section).toContainText(t.progress);
      await expect(section).toContainText(t.rhythm);
      await check(page);
      await section.getByRole("link", { name: t.plan }).click();
      await expect(page).toHaveURL(new RegExp(`/programmes/${programme.id}/dinners/new$`));

      // Each step checks itself off from the data.
      await db.dinner.create({ data: { programmeId: programme.id, startsAt: new Date("2027-01-20T17:30:00Z"), endsAt: new Date("2027-01-20T20:00:00Z"), hostParty: "MUNICIPALITY", venueKind: "TOWN_HALL", venueName: "Stadhuis", venueAddress: "Spui 70" } });
      await db.programme.update({ where: { id: programme.id }, data: { groupChatUrl: "https://chat.whatsapp.com/Nieuw" } });
      await page.goto(`/programmes/${programme.id}`);
      await expect(section).toContainText(t.later);
      for (const party of ["POLICE", "COMMUNITY"] as const) {
        const person = await db.person.create({ data: { name: `New ${party}`, email: `new-${party.toLowerCase()}-${randomBytes(3).toString("hex")}@allies.demo` } });
        await db.membership.create({ data: { programmeId: programme.id, personId: person.id, party, role: party === "POLICE" ? "POLICE_LIAISON" : "ALLY" } });
      }
      await page.goto(`/programmes/${programme.id}`);
      await expect(page.getByRole("region", { name: t.title })).toHaveCount(0);
      await check(page);
      await context.close();
    });
  }
});

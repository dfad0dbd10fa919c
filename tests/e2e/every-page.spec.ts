import { hashSecretToken } from "@/lib/security/secret-token";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { loadDemoIds, type DemoIds } from "@/tests/authorization/demo-ids";
import { pageMatrix } from "@/tests/authorization/pages";
import { callers, demoAccountOf, type Caller } from "@/tests/authorization/roles";
import { e2eDb } from "./support/db";
import { expectFocusNotObscured, expectNoAxeViolations, expectNoHorizontalScroll, expectWordsWhole } from "./support/helpers";

// Every page route of the authorization matrix (not only those in today's flows), opened
// by a caller allowed to see it, in English and in Dutch (issue 14, points 3 and 4):
// - on a 360 px phone nothing sticks out sideways (document width equals the viewport),
//   no word is split over two lines, and no control the keyboard focuses is hidden under
//   the bottom bar;
// - the page title (browser tab, what a screen reader announces first) is in the page's
//   language: the Dutch title differs from the English one, unless it is a word Dutch and
//   English share (the same text under the same key in both message sets).

const downloads = /\.(ics|csv|pdf)$|\/export$|\/accept$/;
const pages = pageMatrix.filter((entry) => !downloads.test(entry.route));
// Allies use phones: try each page as the least privileged member who may open it.
const preference: Caller[] = ["ally", "police", "coordinator", "outsider", "admin"];
const callerFor = (allow: (typeof pageMatrix)[number]["allow"]): Caller => (allow === "public" ? "signedOut" : (preference.find((c) => allow.includes(c)) ?? allow[0]!));

function flatten(value: unknown, prefix = "", into = new Map<string, string>()) {
  if (typeof value === "string") into.set(prefix, value);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}
function sharedWords(): Set<string> {
  const shared = new Set<string>(["Allies"]);
  const dir = "lib/i18n/messages";
  for (const file of readdirSync(`${dir}/en`).map((f) => f.replace(/\.json$/, ""))) {
    let en: Map<string, string>, nl: Map<string, string>;
    try {
      en = flatten(JSON.parse(readFileSync(`${dir}/en/${file}.json`, "utf8")));
      nl = flatten(JSON.parse(readFileSync(`${dir}/nl/${file}.json`, "utf8")));
    } catch {
      continue;
    }
    for (const [key, text] of en) if (nl.get(key) === text) shared.add(text);
  }
  return shared;
}

let ids: DemoIds;
const sessions = new Map<Caller, string>();
const savedLocales = new Map<string, string | null>();

test.beforeAll(async () => {
  const db = e2eDb();
  ids = await loadDemoIds(db);
  for (const caller of callers.filter((c): c is Exclude<Caller, "signedOut"> => c !== "signedOut")) {
    const person = await db.person.findUniqueOrThrow({ where: { email: demoAccountOf[caller] } });
    savedLocales.set(person.id, person.locale);
    const token = `every-page-${randomBytes(16).toString("hex")}`;
    await db.session.create({ data: { tokenHash: hashSecretToken(token), personId: person.id, expires: new Date(Date.now() + 3_600_000) } });
    sessions.set(caller, token);
  }
});

test.afterAll(async () => {
  const db = e2eDb();
  await db.session.deleteMany({ where: { tokenHash: { in: [...sessions.values()].map(hashSecretToken) } } });
  for (const [id, locale] of savedLocales) await db.person.update({ where: { id }, data: { locale: locale as "en" | "nl" | null } });
});

async function setLanguage(caller: Caller, locale: "en" | "nl") {
  if (caller === "signedOut") return;
  await e2eDb().person.update({ where: { email: demoAccountOf[caller] }, data: { locale } });
}

// Opens a page of the matrix as the caller who tries it, in a language, and checks that it
// answers in that language and that nothing sticks out sideways on the 360 px phone.
async function openPage(page: Page, context: BrowserContext, baseURL: string, entry: (typeof pages)[number], locale: "en" | "nl") {
  const caller = callerFor(entry.allow);
  const path = entry.path(ids);
  const token = sessions.get(caller);
  await context.clearCookies();
  const cookies: { name: string; value: string; url: string }[] = [{ name: "allies-locale", value: locale, url: baseURL }];
  if (token) cookies.push({ name: "next-auth.session-token", value: token, url: baseURL });
  await context.addCookies(cookies);
  await setLanguage(caller, locale);
  const response = await page.goto(path);
  expect(response?.status(), `${caller} ${path}`).toBeLessThan(400);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expectNoHorizontalScroll(page, `${path} (${locale}) is wider than the screen`);
}

test.describe("every page at 360 px, in English and Dutch @phone", () => {
  for (const entry of pages) {
    test(`${entry.route}`, async ({ page, context, baseURL }) => {
      const titles: Record<string, string> = {};
      for (const locale of ["en", "nl"] as const) {
        await openPage(page, context, baseURL!, entry, locale);
        await expectWordsWhole(page);
        await expectFocusNotObscured(page);
        await expectNoAxeViolations(page);
        titles[locale] = await page.title();
      }
      const nlTitle = titles.nl!.replace(/ · Allies$/, "");
      if (titles.nl === titles.en) expect(sharedWords(), `title "${titles.nl}" of ${entry.path(ids)} is English on a Dutch page`).toContain(nlTitle);
    });
  }
});

// What members write may hold a pasted URL or a word longer than the screen: it breaks,
// and no page gets wider (app/globals.css), on a phone or a wider screen. For these tests
// only, every free-text field of the data starts with such a text; afterwards each is as it
// was.
const longText = `https://example.org/${"abcdefghij".repeat(8)} `;
const freeText: [table: string, column: string][] = [
  ["Programme", "name"], ["Programme", "neighbourhood"], ["Person", "name"], ["Person", "dietaryNeeds"], ["Membership", "organisation"],
  ["Topic", "name"], ["Dinner", "venueName"], ["Dinner", "venueAddress"], ["Dinner", "guestNotes"], ["AgendaItem", "title"], ["AgendaItem", "notes"],
  ["Rsvp", "dietaryNeeds"], ["Action", "title"], ["Action", "description"], ["Action", "dropReason"], ["ActionUpdate", "text"], ["DatePoll", "title"],
  ["Signal", "text"], ["Signal", "closingNote"], ["SignalArea", "name"], ["PulseAnswer", "remark"],
  ["Incident", "whatHappened"], ["Incident", "area"], ["Incident", "review"], ["IncidentUpdate", "text"], ["IncidentMeeting", "place"], ["JointMessage", "text"],
  ["FirstStepProtocolParty", "firstHour"], ["FirstStepProtocolParty", "firstDay"], ["SharingAgreement", "text"],
  ["ProgrammePlan", "vision"], ["ProgrammePlan", "policeRole"], ["ReadinessPoint", "notes"],
];

test.describe("every page with long words in what members wrote, at 360, 768 and 1280 px @phone", () => {
  test.beforeAll(async () => {
    for (const [table, column] of freeText) await e2eDb().$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = $1 || "${column}" WHERE "${column}" IS NOT NULL`, longText);
  });
  test.afterAll(async () => {
    for (const [table, column] of freeText) await e2eDb().$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = substr("${column}", $2) WHERE starts_with("${column}", $1)`, longText, longText.length + 1);
  });

  for (const entry of pages) {
    test(`${entry.route}`, async ({ page, context, baseURL }) => {
      await openPage(page, context, baseURL!, entry, "en");
      // And at the wider layouts' breakpoints, where rows sit side by side.
      for (const width of [768, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await expectNoHorizontalScroll(page, `${entry.route} is wider than ${width} px`);
      }
    });
  }
});

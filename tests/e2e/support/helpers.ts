import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export type DemoRole = "coordinator" | "police" | "ally" | "admin" | "other" | "regional";

const roleLabels: Record<DemoRole, RegExp> = {
  coordinator: /Coordinator \(municipality\)|Coördinator \(gemeente\)/,
  police: /Police liaison|Contactpersoon politie/,
  ally: /Ally \(community\)|Bondgenoot \(gemeenschap\)/,
  admin: /Site admin|Sitebeheerder/,
  other: /Coordinator of another programme|Coördinator van een ander programma/,
  regional: /Regional coordinator|Regiocoördinator/,
};

// One-click demo sign-in, then back to `returnTo`.
export async function signInAs(page: Page, role: DemoRole, returnTo = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByRole("button", { name: roleLabels[role] }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin") && !url.pathname.startsWith("/api/auth"));
}

// WCAG 2.2 AA included: among others, targets of at least 24 × 24 px (axe's target-size).
export async function expectNoAxeViolations(page: Page) {
  const analyze = async () => {
    // After a client-side navigation Next streams the new <title> in a moment later.
    await page.waitForFunction(() => document.title.length > 0);
    return (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze()).violations;
  };
  let violations = await analyze();
  // A navigation that commits while axe runs (a click just before, the old page's title
  // still there when we waited) shows a document without its <title> yet: look again once
  // the new page has loaded. A page that really has no title fails both times.
  if (violations.some((v) => v.id === "document-title")) {
    await page.waitForLoadState("load");
    violations = await analyze();
  }
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

// Nothing may stick out sideways on a 360 px phone.
export async function expectNoHorizontalScroll(page: Page, message?: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, message).toBeLessThanOrEqual(0);
}

// No word of the page is split over two lines, except at a hyphen or a soft hyphen: a phone
// once showed a table's headings a letter a line ("K/l/a/a/r") and "Misschi/en" on an
// answer button (app/globals.css, "keep their words whole"). Words of 4 to 24 letters: a
// longer one may have to break to fit a phone at all. A character's box is compared by its
// bottom: at a line break Chromium gives the first character after it a box spanning both
// lines.
export async function expectWordsWhole(page: Page) {
  const broken = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, svg") || !parent.checkVisibility()) continue;
      const bottomOf = (index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return Math.round(range.getBoundingClientRect().bottom);
      };
      for (const word of node.data.matchAll(/\p{L}{4,24}/gu)) {
        if (bottomOf(word.index) !== bottomOf(word.index + word[0].length - 1)) found.push(`${parent.tagName.toLowerCase()}: ${word[0]}`);
      }
    }
    return found;
  });
  expect(broken, "words split over two lines").toEqual([]);
}

// Whatever gets the keyboard's focus is not hidden under the phone's fixed bottom bar
// (WCAG 2.4.11): each control of the page in turn is focused, as Tab would (the browser
// scrolls it into view), and the point at its centre must be the control, not the bar.
export async function expectFocusNotObscured(page: Page) {
  const obscured = await page.evaluate(() => {
    const found: string[] = [];
    const bar = document.querySelector(".bottom-bar");
    if (!bar || !bar.checkVisibility()) return found;
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex='0']");
    for (const control of controls) {
      if (bar.contains(control) || !control.checkVisibility()) continue;
      control.focus();
      if (document.activeElement !== control) continue;
      const box = control.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.left + box.width / 2, Math.min(box.top + box.height / 2, window.innerHeight - 1));
      if (atCentre && bar.contains(atCentre)) found.push(`${control.tagName.toLowerCase()}: ${(control.textContent ?? "").trim().slice(0, 40)}`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return found;
  });
  expect(obscured, "focused controls under the bottom bar").toEqual([]);
}

// On a phone the header's less used places, the languages and sign-out sit in the bottom
// bar's "More" popover (components/app-header.tsx): open it first there. No-op on wider screens.
export async function openMenuOnPhone(page: Page) {
  const more = page.getByRole("navigation", { name: /Main navigation|Hoofdmenu/ }).getByRole("button", { name: /^(More|Meer)$/ });
  if ((page.viewportSize()?.width ?? 1280) < 640 && (await more.isVisible())) {
    const open = await page.locator("#nav-more").evaluate((el) => el.matches(":popover-open"));
    if (!open) await more.click();
  }
}

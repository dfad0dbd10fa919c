import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actionAssignedEmail } from "./action-assigned";
import type { RenderedEmail } from "./compose";
import { dinnerCancelledEmail } from "./dinner-cancelled";
import { dinnerChangedEmail } from "./dinner-changed";
import { dinnerPlannedEmail } from "./dinner-planned";
import { dinnerReminderEmail } from "./dinner-reminder";
import { formatCalendarDay, formatDinnerTime } from "./format-dates";
import { invitationEmail } from "./invitation";
import { planReviewEmail } from "./plan-review";
import { signInLinkEmail } from "./sign-in-link";
import { trustCheckEmail } from "./trust-check";
import { pulseQuestionEmail } from "./pulse-question";
import { tensionAlertEmail } from "./tension-alert";
import { weeklyDigestEmail } from "./weekly-digest";
import { incidentMeetingEmail } from "./incident-meeting";
import { incidentOpenedEmail } from "./incident-opened";
import { incidentProposedEmail } from "./incident-proposed";

// Member-written text everywhere a member can write, to prove the HTML escapes it.
const hostile = `<script>alert("x")</script> & Co's`;
const startsAt = new Date("2026-11-26T12:00:00Z"); // 13:00 in Amsterdam
const timeZone = "Europe/Amsterdam";
const dueDate = new Date("2026-10-01T00:00:00Z");
const link = "https://allies.example/programmes/p1/dinners/d1";
const dinner = { name: hostile, programme: hostile, startsAt, timeZone, venueName: hostile, venueAddress: "Hoefkade 9", link };

// One entry per template file; the test below fails when a template has none.
const templates: Record<string, { render: (locale: "en" | "nl") => Promise<RenderedEmail>; date?: (locale: "en" | "nl") => string }> = {
  "sign-in-link": { render: (locale) => signInLinkEmail({ name: hostile, link }, locale) },
  invitation: { render: (locale) => invitationEmail({ name: hostile, programme: hostile, inviter: hostile, link }, locale) },
  "dinner-reminder": {
    render: (locale) => dinnerReminderEmail({ ...dinner, guestNotes: hostile, answer: null }, locale),
    date: (locale) => formatDinnerTime(startsAt, timeZone, locale).when,
  },
  "dinner-planned": { render: (locale) => dinnerPlannedEmail(dinner, locale), date: (locale) => formatDinnerTime(startsAt, timeZone, locale).when },
  "dinner-changed": {
    render: (locale) => dinnerChangedEmail({ ...dinner, mapUrl: "https://www.openstreetmap.org/search?query=Hoefkade%209" }, locale),
    date: (locale) => formatDinnerTime(startsAt, timeZone, locale).when,
  },
  "dinner-cancelled": { render: (locale) => dinnerCancelledEmail(dinner, locale), date: (locale) => formatDinnerTime(startsAt, timeZone, locale).when },
  "plan-review": { render: (locale) => planReviewEmail({ name: hostile, programme: hostile, lastSaved: dueDate, link }, locale), date: (locale) => formatCalendarDay(dueDate, locale) },
  "action-assigned": { render: (locale) => actionAssignedEmail({ name: hostile, programme: hostile, title: hostile, link }, locale) },
  "trust-check": { render: (locale) => trustCheckEmail({ name: hostile, programme: hostile, startsAt, timeZone, link }, locale), date: (locale) => formatDinnerTime(startsAt, timeZone, locale).date },
  "pulse-question": { render: (locale) => pulseQuestionEmail({ name: hostile, programme: hostile, link }, locale) },
  "tension-alert": { render: (locale) => tensionAlertEmail({ name: hostile, programme: hostile, level: 4, previousLevel: 2, link }, locale) },
  "incident-opened": {
    render: (locale) =>
      incidentOpenedEmail(
        { name: hostile, programme: hostile, whatHappened: hostile, area: hostile, level: 4, steps: [{ party: "Police", firstContact: hostile, backup: "", firstHour: hostile, firstDay: "" }], link, shareLink: "https://wa.me/?text=x", shareText: hostile, groupChatUrl: "https://chat.whatsapp.com/x" },
        locale,
      ),
  },
  "incident-proposed": { render: (locale) => incidentProposedEmail({ name: hostile, programme: hostile, whatHappened: hostile, level: 2, link }, locale) },
  "incident-meeting": {
    render: (locale) => incidentMeetingEmail({ name: hostile, programme: hostile, place: hostile, startsAt, pollClosesAt: null, timeZone, link, calendarLink: `${link}/calendar.ics` }, locale),
    date: (locale) => formatDinnerTime(startsAt, timeZone, locale).when,
  },
  "weekly-digest": {
    render: (locale) => weeklyDigestEmail({ name: hostile, programme: hostile, actions: [{ title: hostile, dueDate }], link }, locale),
    date: (locale) => formatCalendarDay(dueDate, locale),
  },
};

const helpers = ["blocks", "compose", "format-dates", "render-html", "render-text"];

describe("e-mail templates", () => {
  it("has a sample for every template in the folder", () => {
    const files = readdirSync(__dirname)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => file.replace(/\.ts$/, ""))
      .filter((name) => !helpers.includes(name));
    expect(files.sort()).toEqual(Object.keys(templates).sort());
  });

  describe.each(Object.entries(templates))("%s", (_name, template) => {
    it("renders subject, text and HTML in both languages, and they differ", async () => {
      const [en, nl] = await Promise.all([template.render("en"), template.render("nl")]);
      for (const email of [en, nl]) {
        expect(email.subject.trim()).not.toBe("");
        expect(email.text.trim()).not.toBe("");
        expect(email.html).toContain("</html>");
      }
      expect(nl.subject).not.toBe(en.subject);
      expect(nl.text).not.toBe(en.text);
      expect(en.html).toContain('<html lang="en"');
      expect(nl.html).toContain('<html lang="nl"');
    });

    it("escapes member-written text in the HTML and keeps it as written in the text", async () => {
      const email = await template.render("nl");
      expect(email.text).toContain(hostile);
      expect(email.html).not.toMatch(/<script/i);
      expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s");
    });

    it("uses no external images, fonts or styles, and one link style", async () => {
      const { html } = await template.render("en");
      expect(html).not.toMatch(/<img|<link|@import|url\(|src=/i);
      const anchors = [...html.matchAll(/<a ([^>]*)>/g)].map((m) => m[1]!);
      expect(anchors.length).toBeGreaterThan(0);
      for (const attributes of anchors) expect(attributes).toMatch(/^href="https:\/\/[^"]+" style="color:#1d4ed8;text-decoration:underline;font-weight:bold;"$/);
    });

  });

  // Only the templates that carry a date; every one of them in the one format.
  describe.each(Object.entries(templates).filter(([, template]) => template.date))("%s", (_name, template) => {
    it("writes dates in the one format", async () => {
      for (const locale of ["en", "nl"] as const) {
        const email = await template.render(locale);
        expect(email.text).toContain(template.date!(locale));
      }
    });
  });

  it("formats a dinner's day and time in its programme's zone, in the recipient's language", () => {
    expect(formatDinnerTime(startsAt, timeZone, "nl").when).toBe("donderdag 26 november 2026, 13:00");
    expect(formatDinnerTime(startsAt, timeZone, "en").date).toBe("Thursday, November 26, 2026");
    expect(formatCalendarDay(dueDate, "nl")).toBe("donderdag 1 oktober 2026");
  });

  it("writes links in full in the text and as labelled links in the HTML", async () => {
    const email = await signInLinkEmail({ name: "Fatma", link: "https://allies.example/api/auth/callback/email?token=a&email=b" }, "en");
    expect(email.text).toContain("Sign in to Allies: https://allies.example/api/auth/callback/email?token=a&email=b");
    expect(email.html).toContain('<a href="https://allies.example/api/auth/callback/email?token=a&amp;email=b"');
    expect(email.html).toContain(">Sign in to Allies</a>");
  });

  it("falls back to English for an unknown or unset language", async () => {
    const [unset, english] = await Promise.all([signInLinkEmail({ name: "Fatma", link }, null), signInLinkEmail({ name: "Fatma", link }, "en")]);
    expect(unset).toEqual(english);
  });
});

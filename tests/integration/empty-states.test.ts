import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmptyState } from "@/components/page/empty-state";
import { listActions } from "@/lib/actions/list-actions";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { createMember, createProgramme } from "@/lib/demo/factories";
import en from "@/lib/i18n/messages/en/actions.json";
import nl from "@/lib/i18n/messages/nl/actions.json";
import overviewEn from "@/lib/i18n/messages/en/overview.json";
import overviewNl from "@/lib/i18n/messages/nl/overview.json";
import topicsEn from "@/lib/i18n/messages/en/topics.json";
import topicsNl from "@/lib/i18n/messages/nl/topics.json";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { listTopics } from "@/lib/topics/list-topics";
import { viewerOf } from "@/tests/support/viewers";

// Issue 14: a new programme's empty places say what happens next, and offer the one button
// only to those who may act (the pages pass it on these conditions).
describe("friendly empty states", () => {
  it("a new programme has no dinner and no actions; only the coordinator gets the buttons", async () => {
    const programme = await createProgramme(db);
    const coordinator = await viewerOf((await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" })).person.id);
    const ally = await viewerOf((await createMember(db, { programmeId: programme.id })).person.id);
    expect((await getProgrammeOverview(ally, programme.id)).nextDinner).toBeNull();
    expect(can(coordinator, "dinner.plan", programme.id)).toBe(true);
    expect(can(ally, "dinner.plan", programme.id)).toBe(false);
    const forAlly = await listActions(ally, programme.id);
    const forCoordinator = await listActions(coordinator, programme.id);
    expect([forAlly.actions.length, forCoordinator.actions.length]).toEqual([0, 0]);
    expect([forAlly.canCreate, forCoordinator.canCreate]).toEqual([false, true]);
    const topics = await listTopics(ally, programme.id);
    expect(topics.canManage).toBe(false);
  });

  it("renders the text, the next step and, when given, a link button", () => {
    const withButton = renderToStaticMarkup(createElement(EmptyState, { text: en.emptyNone, next: en.emptyNoneNext, action: { href: "/programmes/p/actions/new", label: en.logAction } }));
    expect(withButton).toContain("No open actions.");
    expect(withButton).toContain('href="/programmes/p/actions/new"');
    const without = renderToStaticMarkup(createElement(EmptyState, { text: nl.emptyNone, next: nl.emptyNoneNextReader }));
    expect(without).toContain("Geen openstaande acties.");
    expect(without).not.toContain("<a ");
  });

  it("has every empty-state text in English and Dutch", () => {
    for (const [english, dutch, keys] of [
      [en, nl, ["emptyNone", "emptyNoneNext", "emptyNoneNextReader", "emptyFiltered", "emptyFilteredNext", "emptyShowAll"]],
      [overviewEn, overviewNl, ["noNextDinner", "noNextDinnerNext", "planFirstDinner"]],
      [topicsEn, topicsNl, ["emptyNone", "emptyNoneNext", "emptyNoneNextReader"]],
    ] as [Record<string, unknown>, Record<string, unknown>, string[]][]) {
      for (const key of keys) {
        expect(typeof english[key]).toBe("string");
        expect(typeof dutch[key]).toBe("string");
        expect(dutch[key]).not.toBe(english[key]);
      }
    }
  });
});

import type { getTranslations } from "@/lib/i18n/server";
import { describe, expect, it } from "vitest";
import { pageTitle } from "./page-title";
import { translatorFor } from "./translator";

// These lines are checked by `tsc`, not run: if message keys stop being typed, the
// expect-error lines below have no error to expect and the type check fails.
type AgendaTranslator = Awaited<ReturnType<typeof getTranslations<"agenda">>>;
export function typeChecksOnly(t: AgendaTranslator) {
  t("title");
  // @ts-expect-error a key the agenda area does not have
  t("titel");
  // @ts-expect-error a page title key that does not exist
  pageTitle("agenda.nope");
  // @ts-expect-error an area that does not exist
  return translatorFor("nl", "agendas");
}

describe("typed message keys", () => {
  it("translates a known key in the recipient's language", async () => {
    const { t } = await translatorFor("nl", "agenda");
    expect(t("title")).toBe("Agenda van het diner");
    const { t: dinners } = await translatorFor("nl", "dinners");
    expect(dinners("detailPageTitle")).toBe("Diner");
  });
});

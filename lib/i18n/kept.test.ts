import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { intlFormatters, keptTranslator } from "./kept";
import { locales, pageTimeZone as timeZone } from "./locales";
import { loadMessages } from "./messages";

// Every message by its full key ("followUp.actionCount"), with its text; not the audit
// trail's kinds ("auth.sign-in"), which are looked up by their name, not translated by key.
function entriesOf(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (key.includes(".") ? [] : typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entriesOf(value as object, `${prefix}${key}.`)));
}

// The kept translator answers exactly what use-intl answers, for every message of both
// languages, with and without values: a number where the message counts, a text otherwise.
describe("keptTranslator", () => {
  for (const locale of locales) {
    it(`translates every ${locale} message as use-intl does`, async () => {
      const messages = await loadMessages(locale);
      const plain = createTranslator({ locale, messages, timeZone, _formatters: intlFormatters });
      const kept = keptTranslator(createTranslator({ locale, messages, timeZone, _formatters: intlFormatters }), locale, undefined);
      const entries = entriesOf(messages);
      expect(entries.length).toBeGreaterThan(500);
      let withValues = 0;
      for (const [key, message] of entries) {
        const names = [...new Set([...message.matchAll(/\{(\w+)/g)].map((match) => match[1]!))];
        // Twice each: the second answer comes from what the first one kept.
        if (names.length === 0) {
          for (let round = 0; round < 2; round++) expect(kept(key as never)).toBe(plain(key as never));
          continue;
        }
        withValues++;
        const values = Object.fromEntries(names.map((name) => [name, new RegExp(`\\{${name},\\s*plural`).test(message) ? 3 : `<${name}>`]));
        for (let round = 0; round < 2; round++) expect(kept(key as never, values as never)).toBe(plain(key as never, values as never));
        const one = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "number" ? 1 : value]));
        expect(kept(key as never, one as never)).toBe(plain(key as never, one as never));
      }
      expect(withValues).toBeGreaterThan(100);
    });
  }

  it("in a namespace, and for a missing key, answers as use-intl does", async () => {
    const messages = await loadMessages("nl");
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    const plain = createTranslator({ locale: "nl", messages, namespace: "followUp", timeZone, _formatters: intlFormatters, onError });
    const kept = keptTranslator(createTranslator({ locale: "nl", messages, namespace: "followUp", timeZone, _formatters: intlFormatters, onError }), "nl", "followUp");
    expect(kept("actionCount", { count: 2 })).toBe(plain("actionCount", { count: 2 }));
    expect(kept("actionCount", { count: 2 })).toMatch(/2/);
    expect(kept("nope" as never)).toBe(plain("nope" as never));
    expect(kept("nope" as never, { count: 1 } as never)).toBe("followUp.nope");
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });

  // A key that does not exist is not kept (the kept messages stay bounded by the build's
  // messages, whatever key a caller builds): use-intl answers and reports it every time.
  it("keeps nothing for a missing key", async () => {
    const messages = await loadMessages("en");
    const errors: string[] = [];
    const kept = keptTranslator(createTranslator({ locale: "en", messages, timeZone, _formatters: intlFormatters, onError: (error) => errors.push(error.message) }), "en", undefined);
    for (let round = 0; round < 3; round++) expect(kept("common.noSuchMessage" as never)).toBe("common.noSuchMessage");
    expect(errors).toHaveLength(3);
  });
});

import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it("picks the highest-ranked supported language", () => {
    expect(localeFromAcceptLanguage("de-DE,nl;q=0.9,en;q=0.8")).toBe("nl");
    expect(localeFromAcceptLanguage("en-GB,nl;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("fr;q=1,nl-BE;q=0.2")).toBe("nl");
  });

  it("returns undefined when nothing matches or the header is absent", () => {
    expect(localeFromAcceptLanguage("fr,de")).toBeUndefined();
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
    expect(localeFromAcceptLanguage("nl;q=0")).toBeUndefined();
  });
});

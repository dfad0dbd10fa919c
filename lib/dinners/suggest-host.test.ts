import { describe, expect, it } from "vitest";
import { suggestHost } from "./suggest-host";

const d = (iso: string) => new Date(`${iso}T18:00:00Z`);

describe("suggestHost", () => {
  it("suggests a party that never hosted, in the fixed order", () => {
    expect(suggestHost([])).toBe("POLICE");
    expect(suggestHost([{ hostParty: "POLICE", startsAt: d("2026-01-01") }])).toBe("MUNICIPALITY");
  });

  it("suggests the party that hosted least recently", () => {
    const recent = [
      { hostParty: "COMMUNITY" as const, startsAt: d("2026-01-01") },
      { hostParty: "POLICE" as const, startsAt: d("2026-03-01") },
      { hostParty: "MUNICIPALITY" as const, startsAt: d("2026-05-01") },
      { hostParty: "COMMUNITY" as const, startsAt: d("2026-07-01") },
      { hostParty: null, startsAt: d("2026-08-01") },
    ];
    expect(suggestHost(recent)).toBe("POLICE");
  });
});

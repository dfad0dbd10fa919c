import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("has every English text in Dutch too, and nothing extra", async () => {
    const [en, nl] = await Promise.all([loadMessages("en"), loadMessages("nl")]);
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });
});

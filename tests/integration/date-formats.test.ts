import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatDinnerTime } from "@/lib/email/templates/format-dates";
import { yearIfOther } from "@/lib/i18n/date-formats";

// One format for times of day: "19:30" in English too (issue 14), in pages and e-mails.
describe("date formats", () => {
  it("every time of day in the code is written 24-hour", () => {
    const files = execSync("git ls-files -co --exclude-standard app components lib", { encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.tsx?$/.test(f) && !f.includes("/generated/") && !/\.test\./.test(f));
    const offenders: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      for (const match of text.matchAll(/minute: "2-digit"(?!, hourCycle: "h23")|timeStyle: "short"(?!, hourCycle: "h23")/g)) offenders.push(`${file}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  it("e-mails write 19:30 in English and Dutch", () => {
    const at = new Date("2026-12-03T18:30:00Z");
    expect(formatDinnerTime(at, "Europe/Amsterdam", "en").time).toBe("19:30");
    expect(formatDinnerTime(at, "Europe/Amsterdam", "nl").time).toBe("19:30");
    expect(formatDinnerTime(new Date("2026-12-03T06:30:00Z"), "Europe/Amsterdam", "en").time).toBe("07:30");
  });

  it("a day in another year says its year", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    expect(yearIfOther(new Date("2026-12-10T12:00:00Z"), now)).toEqual({});
    expect(yearIfOther(new Date("2027-01-10T12:00:00Z"), now)).toEqual({ year: "numeric" });
  });
});

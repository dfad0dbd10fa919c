import { describe, expect, it } from "vitest";
import { dinnerEvent, toIcs } from "./dinner-events";
import { foldIcs, foldLine } from "./fold-ics";

const octets = (line: string) => Buffer.byteLength(line, "utf8");

describe(".ics folding by octets", () => {
  it("keeps every content line of a calendar with Turkish and emoji text at most 75 octets, never splitting a character", () => {
    const notes = "Şişli'de güzel bir akşam yemeği; çocuklar için özel menü 🍲🥗🍰 ve ğüşıöç harfleri. ".repeat(4);
    const ics = toIcs(
      [
        dinnerEvent(
          { id: "d1", programmeId: "p1", startsAt: new Date("2026-12-10T18:00:00Z"), endsAt: new Date("2026-12-10T21:00:00Z"), venueName: "Çay evi 🫖", venueAddress: "İstiklal Caddesi 1", guestNotes: notes, status: "PLANNED", sequence: 0, updatedAt: new Date("2026-11-30T10:00:00Z") },
          { title: "Allies-diner – Öğle 🍽️ ".repeat(3), answerLink: (url) => `Antwoord: ${url}` },
          "http://localhost:3000",
        ),
      ],
      { calName: "Allies 🍽️ Şişli" },
    );
    const lines = ics.split("\r\n");
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    for (const line of lines) expect(line).not.toContain("\uFFFD");
    // Unfolding gives back exactly the text that went in.
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(`DESCRIPTION:${notes.replace(/[;,]/g, (c) => `\\${c}`).trimEnd()}`.slice(0, 60));
    expect(unfolded.replace(/\\([;,\\])/g, "$1")).toContain(notes.trimEnd().slice(0, 80));
  });

  it("folds a 174-octet line between whole code points, continuation lines starting with one space", () => {
    const line = `SUMMARY:${"ğ🍲".repeat(28)}`;
    expect(octets(line)).toBe(8 + 28 * 6);
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(2);
    expect(octets(folded[0]!)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) {
      expect(part.startsWith(" ")).toBe(true);
      expect(octets(part)).toBeLessThanOrEqual(75);
    }
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
  });

  it("leaves short lines and ASCII alone, and refolds the library's tab folds", () => {
    expect(foldIcs("BEGIN:VCALENDAR\r\nEND:VCALENDAR")).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR");
    expect(foldIcs(`X:${"a".repeat(73)}\r\n\tbc`)).toBe(`X:${"a".repeat(73)}\r\n bc`);
  });
});

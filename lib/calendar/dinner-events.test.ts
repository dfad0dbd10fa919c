import { describe, expect, it } from "vitest";
import { dinnerEvent, dinnerUid, toIcs, type CalendarDinner } from "./dinner-events";

const dinner: CalendarDinner = {
  id: "d1",
  programmeId: "p1",
  startsAt: new Date("2027-03-12T17:30:00Z"),
  endsAt: new Date("2027-03-12T20:00:00Z"),
  venueName: "Buurthuis De Mussen",
  venueAddress: "Hoefkade 9, 2526 BH Den Haag",
  guestNotes: "Entrance at the side door.",
  status: "PLANNED",
  sequence: 3,
  updatedAt: new Date("2027-01-01T10:00:00Z"),
};
const texts = { title: "Allies dinner – Schilderswijk", answerLink: (url: string) => `Your answer: ${url}` };

// Unfolds RFC 5545 folded lines and splits into NAME → value (the first of each name).
function parse(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const props = new Map<string, string>();
  for (const line of lines) {
    const [name, ...rest] = line.split(":");
    const key = name!.split(";")[0]!;
    if (!props.has(key)) props.set(key, rest.join(":"));
  }
  return { lines, props };
}

describe("dinner .ics", () => {
  it("writes one event with a stable UID, the sequence, UTC times, place and notes", () => {
    const { lines, props } = parse(toIcs([dinnerEvent(dinner, texts, "https://allies.example")], { calName: "Allies dinners" }));
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(props.get("METHOD")).toBe("PUBLISH");
    expect(props.get("X-WR-CALNAME")).toBe("Allies dinners");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(props.get("UID")).toBe(dinnerUid("d1"));
    expect(props.get("UID")).toBe("dinner-d1@allies");
    expect(props.get("SEQUENCE")).toBe("3");
    expect(props.get("DTSTART")).toBe("20270312T173000Z");
    expect(props.get("DTEND")).toBe("20270312T200000Z");
    expect(props.get("SUMMARY")).toBe("Allies dinner – Schilderswijk");
    expect(props.get("LOCATION")).toBe("Buurthuis De Mussen\\, Hoefkade 9\\, 2526 BH Den Haag");
    expect(props.get("DESCRIPTION")).toContain("Entrance at the side door.");
    expect(props.get("DESCRIPTION")).toContain("https://allies.example/programmes/p1/dinners/d1");
    expect(props.get("STATUS")).toBe("CONFIRMED");
  });

  it("marks a cancelled dinner as cancelled, with METHOD:CANCEL for a single download", () => {
    const { props } = parse(toIcs([dinnerEvent({ ...dinner, status: "CANCELLED", sequence: 4 }, texts, "https://allies.example")], { calName: "x", method: "CANCEL" }));
    expect(props.get("METHOD")).toBe("CANCEL");
    expect(props.get("STATUS")).toBe("CANCELLED");
    expect(props.get("SEQUENCE")).toBe("4");
  });
});

import { describe, expect, it } from "vitest";
import { dinnerChangedEmail } from "./dinner-changed";

// "Dinner changed" says what changed from what (issue 14), in 24-hour times.
describe("dinner changed e-mail", () => {
  const data = {
    name: "Els",
    programme: "Allies Schilderswijk",
    startsAt: new Date("2026-12-10T18:30:00Z"),
    timeZone: "Europe/Amsterdam",
    venueName: "Town hall",
    venueAddress: "Spui 70",
    mapUrl: "https://www.openstreetmap.org/search?query=Spui%2070",
    link: "http://localhost/programmes/p/dinners/d",
  };
  it("names the old and the new time, and leaves out what stayed the same", async () => {
    const email = await dinnerChangedEmail({ ...data, previous: { startsAt: new Date("2026-12-10T17:30:00Z"), venueName: "Town hall", venueAddress: "Spui 70" } }, "en");
    expect(email.text).toContain("What changed:");
    expect(email.text).toMatch(/was Thursday, December 10, 2026, 18:30, now Thursday, December 10, 2026, 19:30/);
    expect(email.text).not.toContain("Place");
  });
  it("names the old and the new place in Dutch", async () => {
    const email = await dinnerChangedEmail({ ...data, previous: { startsAt: data.startsAt, venueName: "Politiebureau", venueAddress: "Jan Hendrikstraat 85" } }, "nl");
    expect(email.text).toContain("Wat is er veranderd:");
    expect(email.text).toContain("was Politiebureau, Jan Hendrikstraat 85, nu Town hall, Spui 70");
  });
});

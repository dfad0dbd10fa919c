import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed";
import { NotFoundError } from "@/lib/errors";
import { viewerOf } from "@/tests/support/viewers";
import { councilPeriod } from "./council-period";
import { councilPeriodQuery } from "./council-period-input";
import { getCouncilReport } from "./get-council-report";
import { renderCouncilPdf } from "./render-council-pdf";

const now = new Date("2026-11-30T10:00:00Z");

async function demo() {
  await seedDemoData(db, now);
  const programme = await db.programme.findFirstOrThrow({ where: { name: "Allies Schilderswijk" } });
  const person = (email: string) => db.person.findUniqueOrThrow({ where: { email } }).then((p) => viewerOf(p.id));
  // Everything personal or member-written that must never reach the report.
  const people = await db.person.findMany({ select: { name: true, email: true, phone: true } });
  const written = [
    ...(await db.agendaItem.findMany({ select: { title: true, notes: true } })).flatMap((a) => [a.title, a.notes]),
    ...(await db.action.findMany({ select: { title: true, description: true, dropReason: true } })).flatMap((a) => [a.title, a.description, a.dropReason]),
    ...(await db.actionUpdate.findMany({ select: { text: true } })).map((u) => u.text),
    ...(await db.membership.findMany({ select: { organisation: true } })).map((m) => m.organisation),
    ...(await db.signal.findMany({ select: { text: true, closingNote: true } })).flatMap((x) => [x.text, x.closingNote]),
    ...(await db.incident.findMany({ select: { whatHappened: true, area: true, review: true } })).flatMap((x) => [x.whatHappened, x.area, x.review]),
  ];
  const forbidden = [...people.flatMap((p) => [p.name, p.email, p.phone]), ...written].filter((value): value is string => Boolean(value && value.length > 3));
  return { programme, person, forbidden };
}

describe("council report", () => {
  it("holds the figures of the demo programme and no personal data, on the page and in the PDF", async () => {
    const { programme, person, forbidden } = await demo();
    const report = await getCouncilReport(await person("coordinator@allies.demo"), programme.id, { from: "2026-01-01", to: "2026-12-31" }, now);
    expect(report.period).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(report.dinners).toMatchObject({ held: 4, target: 5, cancelled: 1 });
    expect(report.actions.totals).toMatchObject({ agreed: 6, done: 1, dropped: 1 });
    expect(report.attendance.reduce((sum, a) => sum + a.attendances, 0)).toBeGreaterThan(0);
    expect(report.trust.points.length).toBe(4);
    expect(report.signals).not.toBeNull();
    expect(report.incidents).not.toBeNull();
    expect(report.trust.points.every((p) => p.byParty.POLICE.mean.keepsPromises === null)).toBe(true); // 2 police members: never shown
    const json = JSON.stringify(report);
    for (const value of forbidden) expect(json, value).not.toContain(value);

    for (const locale of ["en", "nl"] as const) {
      const pdf = await renderCouncilPdf(report, locale, now);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      expect(text).toContain("Allies Schilderswijk");
      expect(text).toContain(locale === "en" ? "4 of 5 dinners held" : "4 van 5 diners gehouden");
      expect(text).toContain(locale === "en" ? "Polarisation" : "Polarisatie");
      for (const value of forbidden) expect(text, value).not.toContain(value);
    }
  });

  it("defaults to the last calendar year and is for coordinators only", async () => {
    const { programme, person } = await demo();
    const report = await getCouncilReport(await person("coordinator@allies.demo"), programme.id, {}, now);
    expect(report.period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    await expect(getCouncilReport(await person("ally@allies.demo"), programme.id, {}, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCouncilReport(await person("police@allies.demo"), programme.id, {}, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCouncilReport(await person("regional@allies.demo"), programme.id, {}, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("falls back to the default period for a date outside the years a date may have, never a crash", async () => {
    const { programme, person } = await demo();
    const coordinator = await person("coordinator@allies.demo");
    for (const requested of [{ from: "2026-01-01", to: "9999-12-31" }, { from: "0000-01-01", to: "2026-12-31" }, { from: "2026-01-01", to: "2201-01-01" }]) {
      expect(councilPeriod(requested, "Europe/Amsterdam", now)).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
      expect((await getCouncilReport(coordinator, programme.id, requested, now)).period).toEqual({ from: "2025-01-01", to: "2025-12-31" });
      // The page reads the address through the same schema as the PDF route (which answers 400).
      expect(councilPeriodQuery.safeParse(requested).success).toBe(false);
    }
    expect(councilPeriod({ from: "2196-01-01", to: "2200-12-31" }, "Europe/Amsterdam", now)).toMatchObject({ from: "2196-01-01", to: "2200-12-31" });
    expect(councilPeriodQuery.parse({ from: "2026-01-01", to: "2026-12-31" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { needsDemoSeed } from "./needs-seed";
import { seedDemoData } from "./seed";

describe("seedDemoData", () => {
  it("seeds a complete demo programme once, and nothing on the second run", async () => {
    expect(await needsDemoSeed(process.env.DATABASE_URL!)).toBe(true);
    expect(await seedDemoData(db)).toEqual({ seeded: true });
    expect(await needsDemoSeed(process.env.DATABASE_URL!)).toBe(false);
    expect(await seedDemoData(db)).toEqual({ seeded: false });

    const programme = await db.programme.findFirstOrThrow({ where: { name: "Allies Schilderswijk" }, include: { memberships: true, dinners: true, actions: true } });
    expect(new Set(programme.memberships.map((m) => m.party))).toEqual(new Set(["POLICE", "MUNICIPALITY", "COMMUNITY"]));
    expect(new Set(programme.memberships.map((m) => m.role))).toEqual(new Set(["COORDINATOR", "POLICE_LIAISON", "ALLY"]));
    expect(new Set(programme.dinners.map((d) => d.status))).toEqual(new Set(["HELD", "PLANNED", "CANCELLED"]));
    expect(new Set(programme.actions.map((a) => a.status))).toEqual(new Set(["OPEN", "IN_PROGRESS", "DONE", "DROPPED"]));
    const overdue = programme.actions.filter((a) => ["OPEN", "IN_PROGRESS"].includes(a.status) && a.dueDate && a.dueDate < new Date());
    expect(overdue.length).toBeGreaterThan(0);
    expect(await db.actionUpdate.count()).toBeGreaterThan(0);
    expect(await db.rsvp.count({ where: { attended: true } })).toBeGreaterThan(0);
    expect(await db.agendaItem.count()).toBeGreaterThan(0);
  });
});

import { addDays } from "date-fns";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDinner, createMember, createProgramme } from "@/lib/demo/factories";
import { getAttendance } from "@/lib/dinners/get-attendance";
import { getDinner } from "@/lib/dinners/get-dinner";
import { getDinnerForm } from "@/lib/dinners/get-dinner-form";
import { getDinnerYear } from "@/lib/dinners/get-dinner-year";
import { getMyDinners } from "@/lib/dinners/get-my-dinners";
import { createQueryCounter } from "@/tests/support/count-queries";
import { viewerOf } from "@/tests/support/viewers";

// The dinner pages send the same number of queries whatever the number of members, dinners and answers.

const now = new Date();

async function programmeOfSize(size: number) {
  const programme = await createProgramme(db);
  const coordinator = await createMember(db, { programmeId: programme.id, role: "COORDINATOR", party: "MUNICIPALITY" });
  const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const;
  const memberships = [coordinator.membership.id];
  for (let i = 1; i < size; i++) memberships.push((await createMember(db, { programmeId: programme.id, party: parties[i % 3] })).membership.id);
  const dinners = [];
  for (let i = 0; i < size; i++) dinners.push(await createDinner(db, { programmeId: programme.id, startsAt: addDays(now, i - Math.floor(size / 2)), status: i < size / 2 ? "HELD" : "PLANNED" }));
  await db.rsvp.createMany({ data: dinners.flatMap((d) => memberships.map((membershipId, i) => ({ dinnerId: d.id, membershipId, response: i % 2 ? ("YES" as const) : ("MAYBE" as const), attended: d.status === "HELD" ? i % 2 === 1 : null }))) });
  const next = dinners.find((d) => d.status === "PLANNED")!;
  const held = dinners.find((d) => d.status === "HELD")!;
  return { programmeId: programme.id, next: next.id, held: held.id, viewer: await viewerOf(coordinator.person.id) };
}

const counter = createQueryCounter();
afterAll(() => counter.disconnect());

describe("queries per page (dinners)", () => {
  it("does not grow with the number of members, dinners and answers", { timeout: 120_000 }, async () => {
    const small = await programmeOfSize(3);
    const large = await programmeOfSize(30);
    const pages: Record<string, (s: typeof small) => Promise<unknown>> = {
      year: (s) => getDinnerYear(s.viewer, s.programmeId, undefined, now),
      detail: (s) => getDinner(s.viewer, s.programmeId, s.next, now),
      home: (s) => getMyDinners(s.viewer, now),
      attendance: (s) => getAttendance(s.viewer, s.programmeId, s.held, now),
      edit: (s) => getDinnerForm(s.viewer, s.programmeId, s.next),
    };
    const counts: Record<string, [number, number]> = {};
    for (const [name, load] of Object.entries(pages)) {
      const a = await counter.count(() => load(small));
      const b = await counter.count(() => load(large));
      counts[name] = [a.queries.length, b.queries.length];
    }
    expect(Object.values(counts).every(([a, b]) => a === b && a > 0), JSON.stringify(counts)).toBe(true);
  });
});

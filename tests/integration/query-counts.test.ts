import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { listActions } from "@/lib/actions/list-actions";
import { listMyActions } from "@/lib/actions/list-my-actions";
import { db } from "@/lib/db";
import { bulkFillProgramme } from "@/lib/demo/bulk-fill";
import { createMember, createProgramme } from "@/lib/demo/factories";
import { getFollowUpDashboard } from "@/lib/follow-up/get-follow-up-dashboard";
import { listFollowUpActions } from "@/lib/follow-up/list-follow-up-actions";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { createQueryCounter } from "@/tests/support/count-queries";
import { viewerOf } from "@/tests/support/viewers";

// Every page's data function sends the same number of queries whatever the size of the
// programme: measured on a programme with 10 actions and one with 1,000 (and their
// dinners, owners, updates and answers), the counts must be equal.

const now = new Date("2026-11-21T12:00:00Z");

async function programmeOfSize(actions: number) {
  const actionsPerDinner = actions >= 100 ? 20 : 5;
  const programme = await createProgramme(db, { name: `Size ${actions}` });
  const coordinator = await createMember(db, { programmeId: programme.id, party: "MUNICIPALITY", role: "COORDINATOR" });
  const others = await Promise.all(
    (["POLICE", "COMMUNITY", "COMMUNITY", "MUNICIPALITY"] as const).map((party) => createMember(db, { programmeId: programme.id, party, role: party === "POLICE" ? "POLICE_LIAISON" : "ALLY" })),
  );
  const topics = await db.topic.findMany({ where: { programmeId: programme.id }, select: { id: true } });
  const filled = await bulkFillProgramme(db, {
    programmeId: programme.id,
    membershipIds: [coordinator.membership.id, ...others.map((o) => o.membership.id)],
    topicIds: topics.map((t) => t.id),
    dinners: actions / actionsPerDinner + 1,
    actionsPerDinner,
    spacingDays: 30,
    rsvps: true,
    now,
  });
  expect(filled.actions).toBe(actions);
  return { programmeId: programme.id, viewer: await viewerOf(coordinator.person.id), ownerId: coordinator.membership.id };
}

type Page = { name: string; load: (viewer: Viewer, programmeId: string, ownerId: string) => Promise<unknown> };

const pages: Page[] = [
  { name: "overview (getProgrammeOverview)", load: (viewer, id) => getProgrammeOverview(viewer, id, now) },
  { name: "follow-up figures (getFollowUpDashboard)", load: (viewer, id) => getFollowUpDashboard(viewer, id, {}, now) },
  { name: "follow-up list (listFollowUpActions, page)", load: (viewer, id) => listFollowUpActions(viewer, id, {}, { limit: 100 }, now) },
  { name: "follow-up list, filtered", load: (viewer, id, ownerId) => listFollowUpActions(viewer, id, { status: "OVERDUE", party: "POLICE", owner: ownerId }, { limit: 100 }, now) },
  { name: "follow-up CSV (listFollowUpActions, all)", load: (viewer, id) => listFollowUpActions(viewer, id, { year: 2026 }, {}, now) },
  { name: "my actions (listMyActions)", load: (viewer) => listMyActions(viewer, now) },
  { name: "action list (listActions)", load: (viewer, id) => listActions(viewer, id, { status: "all" }) },
];

const counter = createQueryCounter();
afterAll(() => counter.disconnect());

describe("queries per page", () => {
  it("is the same for 10 and for 1,000 actions", { timeout: 120_000 }, async () => {
    const small = await programmeOfSize(10);
    const large = await programmeOfSize(1_000);
    const counts: Record<string, [number, number]> = {};
    for (const page of pages) {
      const a = await counter.count(() => page.load(small.viewer, small.programmeId, small.ownerId));
      const b = await counter.count(() => page.load(large.viewer, large.programmeId, large.ownerId));
      counts[page.name] = [a.queries.length, b.queries.length];
      expect(a.queries.length, `${page.name}: no queries counted`).toBeGreaterThan(0);
    }
    console.info("queries per page [10 actions, 1,000 actions]:", counts);
    const expected = Object.fromEntries(Object.entries(counts).map(([name, [small]]) => [name, [small, small]]));
    expect(counts).toEqual(expected);
  });

  it("notices a query inside a loop", { timeout: 120_000 }, async () => {
    const small = await programmeOfSize(10);
    const large = await programmeOfSize(1_000);
    const naive = async (programmeId: string) => {
      const actions = await db.action.findMany({ where: { programmeId }, take: 50, select: { id: true } });
      for (const action of actions) await db.actionOwner.count({ where: { actionId: action.id } });
    };
    const a = await counter.count(() => naive(small.programmeId));
    const b = await counter.count(() => naive(large.programmeId));
    expect(a.queries.length).toBe(11);
    expect(b.queries.length).toBe(51);
  });

  it("counts what it should: one more query is one more count", async () => {
    const { queries } = await counter.count(async () => {
      await db.programme.count();
      await Promise.all([db.action.count(), db.dinner.count()]);
    });
    expect(queries).toHaveLength(3);
  });
});

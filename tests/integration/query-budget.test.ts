import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dataSets, queryBudget, type BudgetEntry } from "@/tests/query-budget/budgets";
import { discoverPageDataFunctions } from "@/tests/query-budget/discover";
import { createQueryCounter } from "@/tests/support/count-queries";

// Every page data function sends the same number of queries whatever the size of the
// data, and no more than its budget (tests/query-budget/budgets.ts). A function that
// queries inside a loop sends more on the large data set and fails here.

const counter = createQueryCounter();
const built = new Map<BudgetEntry["data"], [unknown, unknown]>();

beforeAll(async () => {
  for (const [kind, { sizes, build }] of Object.entries(dataSets) as [BudgetEntry["data"], (typeof dataSets)[BudgetEntry["data"]]][]) {
    built.set(kind, [await build(sizes[0]), await build(sizes[1])]);
  }
}, 300_000);
afterAll(() => counter.disconnect());

const nameOf = (entry: BudgetEntry) => (entry.variant ? `${entry.fn} (${entry.variant})` : entry.fn);
const measureAll = (entry: BudgetEntry, set: unknown) => counter.count(async () => (entry.load as (set: unknown) => unknown)(set));
const measure = async (entry: BudgetEntry, set: unknown) => {
  const { queries } = await measureAll(entry, set);
  if (process.env.QUERY_BUDGET_LOG) console.info(`${nameOf(entry)}:\n  ${queries.join("\n  ")}`);
  return queries.length;
};

describe("query budget per page data function", () => {
  it("has an entry for every function a page loads with loadForPage(), and none for others", () => {
    const discovered = [...discoverPageDataFunctions().keys()].sort();
    expect(discovered.length).toBeGreaterThan(0);
    expect([...new Set(queryBudget.map((entry) => entry.fn))].sort()).toEqual(discovered);
  });

  for (const entry of queryBudget) {
    const [small, large] = dataSets[entry.data].sizes;
    it(`${nameOf(entry)}: as many queries for ${small} as for ${large} ${entry.data}, at most ${entry.budget}`, async () => {
      const [smallSet, largeSet] = built.get(entry.data)!;
      const counts = [await measure(entry, smallSet), await measure(entry, largeSet)];
      console.info(`queries: ${nameOf(entry)} [${small}, ${large} ${entry.data}]: ${counts.join(", ")}`);
      expect(counts, "the count grows with the data: a query inside a loop?").toEqual([counts[0], counts[0]]);
      expect(counts[0], "over budget").toBeLessThanOrEqual(entry.budget);
      if (entry.budget > 0) expect(counts[0], "no queries counted").toBeGreaterThan(0);
      if (entry.roundTrips !== undefined) {
        const trips = [(await measureAll(entry, smallSet)).roundTrips, (await measureAll(entry, largeSet)).roundTrips];
        console.info(`round trips: ${nameOf(entry)} [${small}, ${large} ${entry.data}]: ${trips.join(", ")}`);
        expect(Math.max(...trips), "too many sequential round trips").toBeLessThanOrEqual(entry.roundTrips);
      }
    });
  }

  it("notices a query inside a loop", async () => {
    const [small, large] = built.get("actions")! as [{ programmeId: string }, { programmeId: string }];
    const naive = async (programmeId: string) => {
      const actions = await db.action.findMany({ where: { programmeId }, take: 50, select: { id: true } });
      for (const action of actions) await db.actionOwner.count({ where: { actionId: action.id } });
    };
    expect((await counter.count(() => naive(small.programmeId))).queries).toHaveLength(11);
    expect((await counter.count(() => naive(large.programmeId))).queries).toHaveLength(51);
  });

  it("counts what it should: one more query is one more count", async () => {
    const { queries } = await counter.count(async () => {
      await db.programme.count();
      await Promise.all([db.action.count(), db.dinner.count()]);
    });
    expect(queries).toHaveLength(3);
  });

  it("counts round trips: statements sent together are one, statements sent one after another are each one", async () => {
    const { queries, roundTrips } = await counter.count(async () => {
      await db.programme.count();
      await Promise.all([db.action.count(), db.dinner.count(), db.topic.count()]);
      await db.person.count();
    });
    expect(queries).toHaveLength(5);
    expect(roundTrips).toBe(3);
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { replaceDbClient } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";

// A Prisma client that records every SQL statement it sends (Prisma's "query" log
// event, which Prisma 7 emits with driver adapters too), installed as the app's `db`
// (replaceDbClient in lib/db.ts) while a function runs.
//
// It also counts round trips: the longest chain of statements each sent after the one
// before it had answered (the critical path a request waits for). A statement's depth is one
// more than the deepest statement that had completed when it was sent: statements of one
// Promise.all share a depth, a Prisma nested select that Prisma runs level by level adds one
// per level, `await a; await b` is two.

export type QueryCounter = {
  queries: string[];
  // The parameters of each statement in `queries` (Prisma's JSON text), e.g. to EXPLAIN them.
  params: string[];
  // Runs `fn` with this client as `db` and returns the statements it sent and the number
  // of sequential round trips they took.
  count<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[]; roundTrips: number }>;
  disconnect(): Promise<void>;
};

type Query = (...args: unknown[]) => Promise<unknown>;

export function createQueryCounter(connectionString = process.env.DATABASE_URL): QueryCounter {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const pool = new pg.Pool({ connectionString });
  // The test file's database is dropped WITH (FORCE) after its last test; an idle
  // connection of this pool that is still closing then gets "terminating connection"
  // (57P01), which pg raises as an 'error' event: nothing to report once the tests ran.
  pool.on("error", () => {});
  const depth = { completed: 0, deepest: 0 };
  const track = (query: Query): Query =>
    async function (this: unknown, ...args: unknown[]) {
      const mine = depth.completed + 1;
      depth.deepest = Math.max(depth.deepest, mine);
      try {
        return await query.apply(this, args);
      } finally {
        depth.completed = Math.max(depth.completed, mine);
      }
    };
  pool.query = track(pool.query.bind(pool) as Query) as typeof pool.query;
  // Statements inside transactions go through a checked-out client.
  pool.on("connect", (client) => {
    client.query = track(client.query.bind(client) as Query) as typeof client.query;
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "query" }] });
  const queries: string[] = [];
  const params: string[] = [];
  client.$on("query", (event) => {
    queries.push(event.query);
    params.push(event.params);
  });
  return {
    queries,
    params,
    async count(fn) {
      // Same models and methods as Db; only the log option's type parameter differs.
      const previous = replaceDbClient(client as unknown as Db);
      queries.length = 0;
      params.length = 0;
      depth.completed = 0;
      depth.deepest = 0;
      try {
        const result = await fn();
        // Let any log event still in flight arrive.
        await new Promise((resolve) => setImmediate(resolve));
        return { result, queries: [...queries], roundTrips: depth.deepest };
      } finally {
        replaceDbClient(previous);
      }
    },
    disconnect: async () => {
      await client.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// A Prisma client that records every SQL statement it sends (Prisma's "query" log
// event, which Prisma 7 emits with driver adapters too), installed as the app's `db`
// (lib/db.ts reads globalThis.alliesDb) while a function runs.

type Global = { alliesDb?: unknown };

export type QueryCounter = {
  queries: string[];
  // Runs `fn` with this client as `db` and returns the statements it sent.
  count<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
  disconnect(): Promise<void>;
};

export function createQueryCounter(connectionString = process.env.DATABASE_URL): QueryCounter {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString }), log: [{ emit: "event", level: "query" }] });
  const queries: string[] = [];
  client.$on("query", (event) => queries.push(event.query));
  return {
    queries,
    async count(fn) {
      const global = globalThis as Global;
      const previous = global.alliesDb;
      global.alliesDb = client;
      queries.length = 0;
      try {
        const result = await fn();
        // Let any log event still in flight arrive.
        await new Promise((resolve) => setImmediate(resolve));
        return { result, queries: [...queries] };
      } finally {
        global.alliesDb = previous;
      }
    },
    disconnect: () => client.$disconnect(),
  };
}

import { PrismaPg } from "@prisma/adapter-pg";
import { replaceDbClient } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";

// A Prisma client that records every SQL statement it sends (Prisma's "query" log
// event, which Prisma 7 emits with driver adapters too), installed as the app's `db`
// (replaceDbClient in lib/db.ts) while a function runs.

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
      // Same models and methods as Db; only the log option's type parameter differs.
      const previous = replaceDbClient(client as unknown as Db);
      queries.length = 0;
      try {
        const result = await fn();
        // Let any log event still in flight arrive.
        await new Promise((resolve) => setImmediate(resolve));
        return { result, queries: [...queries] };
      } finally {
        replaceDbClient(previous);
      }
    },
    disconnect: () => client.$disconnect(),
  };
}

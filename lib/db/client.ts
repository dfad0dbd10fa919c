import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Under load, requests wait for a connection rather than fail: the pool (DATABASE_POOL_SIZE)
// queues callers up to `connectionTimeoutMillis`, and a transaction may wait as long for
// its connection (Prisma's default is 2 s, which turned RSVP bursts into HTTP 500s). 30 s:
// on a saturated 2-CPU machine 200 users queued >10 s for a connection (bench/README.md).
export const poolOptions = { connectionTimeoutMillis: 30_000, idleTimeoutMillis: 30_000 };
export const transactionOptions = { maxWait: 30_000, timeout: 15_000 };

// Statements are prepared once per connection and then only executed (decision 027):
// PostgreSQL otherwise parses and plans every statement on every request, and for the
// one-statement pages (JSON built in SQL) planning was most of its work: 2.2 → 0.6 ms of
// PostgreSQL CPU per start page, 3.2 → 1.3 per overview, 3.8 → 1.4 per incident (measured,
// demo programme with 10 years). A name stands for one SQL text, for the process' life.
// Bounded: a text with a list of placeholders (`IN ($1,$2,…)`, rows of a bulk insert) varies
// with the list's length, so it is not prepared; nor is anything past the first 500 texts.
const statementNames = new Map<string, string>();
const maxPreparedStatements = 500;
const placeholderList = /\bIN \(\$\d+\s*,|\),\s*\(\$/i;

export function statementName(query: { sql: string }): string | undefined {
  const name = statementNames.get(query.sql);
  if (name || statementNames.size >= maxPreparedStatements || placeholderList.test(query.sql)) return name;
  const added = `allies_${statementNames.size}`;
  statementNames.set(query.sql, added);
  return added;
}

// And each is planned once per connection (decision 028): left to itself, PostgreSQL planned
// our JSON-building statements again on every execution (a custom plan for the parameters'
// values), at a cost of 0.5-1 ms per statement, and the custom plans ran no faster than the
// one generic plan; some ran slower (agenda 5.2 → 0.9 ms, tension picture 5.2 → 1.3 ms at 100
// programmes × 10 years). `npm run bench` checks the generic plans on the bulk database.
export const connectionOptions = "-c plan_cache_mode=force_generic_plan";

export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}) {
  const client = new PrismaClient({
    // No name (undefined) is pg's unnamed statement: parsed and planned each time, as before.
    adapter: new PrismaPg({ connectionString, options: connectionOptions, max: options.poolSize ?? env.DATABASE_POOL_SIZE, ...poolOptions }, { statementNameGenerator: statementName as (query: { sql: string }) => string }),
    transactionOptions,
  });
  retryTransactionsOnce(client);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;

// Failures after which nothing was committed, so running the whole transaction again is
// safe: no connection in time / transaction timed out (P2028), write conflict or deadlock
// (P2034), and PostgreSQL's serialization_failure / deadlock_detected.
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2028" || code === "P2034" || code === "40001" || code === "40P01") return true;
  const message = error instanceof Error ? error.message : "";
  return /could not serialize access|deadlock detected|Unable to start a transaction in the given time/i.test(message);
}

// A unique index refused the write (P2002): someone else wrote the same key first. The
// caller answers with its own refusal ("changed meanwhile") or reads the winner's row.
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

// Every interactive $transaction is tried once more after a retryable failure: it is
// all-or-nothing, and its callback makes its checks again inside the retry, so the second
// run sees the database as it is then. (A batch of already-created queries cannot be run
// twice; single statements and batches need no retry for connection waits anyway.)
function retryTransactionsOnce(client: PrismaClient) {
  const original = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  (client as unknown as { $transaction: (...args: unknown[]) => Promise<unknown> }).$transaction = async (...args: unknown[]) => {
    if (typeof args[0] !== "function") return original(...args);
    try {
      return await original(...args);
    } catch (error) {
      if (!isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
      return original(...args);
    }
  };
}

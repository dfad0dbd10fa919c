import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Under load, requests wait for a connection rather than fail: the pool (DATABASE_POOL_SIZE)
// queues callers up to `connectionTimeoutMillis`, and a transaction may wait as long for
// its connection (Prisma's default is 2 s, which turned RSVP bursts into HTTP 500s). 30 s:
// on a saturated 2-CPU machine 200 users queued >10 s for a connection (bench/README.md).
export const poolOptions = { connectionTimeoutMillis: 30_000, idleTimeoutMillis: 30_000 };
export const transactionOptions = { maxWait: 30_000, timeout: 15_000 };

export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: options.poolSize ?? env.DATABASE_POOL_SIZE, ...poolOptions }),
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

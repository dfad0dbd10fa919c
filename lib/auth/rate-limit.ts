import { db } from "@/lib/db";

// Fixed-window counter in PostgreSQL, so the limit holds across app instances.
// Returns false once `limit` hits have been counted in the current window.
export async function takeRateLimit(key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimit".count + 1
    RETURNING count`;
  return (row?.count ?? Infinity) <= limit;
}

export async function pruneRateLimits(now = new Date()) {
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
}

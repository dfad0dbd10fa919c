import { promises as fs } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export type Readiness = { ready: true } | { ready: false; reason: "database" | "migrations" };

// How long a load balancer's readiness probe may wait for PostgreSQL before the answer is
// "not ready" (the pool itself would queue for 10 s).
export const readinessTimeoutMs = 3_000;

let expected: Promise<string[]> | undefined;
// The migrations this build ships (prisma/migrations beside the server; the Dockerfile
// copies it into the image).
function shippedMigrations(): Promise<string[]> {
  return (expected ??= fs
    .readdir(path.resolve("prisma", "migrations"), { withFileTypes: true })
    .then((entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort())
    .catch(() => []));
}

// Ready: PostgreSQL answers within the timeout and every migration of this build is applied.
export async function checkReadiness(): Promise<Readiness> {
  const applied = db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), readinessTimeoutMs);
  });
  try {
    const rows = await Promise.race([applied, timeout]);
    if (rows === "timeout") {
      applied.catch(() => undefined);
      return { ready: false, reason: "database" };
    }
    const done = new Set(rows.map((row) => row.migration_name));
    const pending = (await shippedMigrations()).filter((name) => !done.has(name));
    return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations" };
  } catch {
    return { ready: false, reason: "database" };
  } finally {
    clearTimeout(timer);
  }
}

// `npm run db:migrate | db:reset | db:seed` against the database in DATABASE_URL.
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations, resetDatabase } from "@/lib/db/migrations";

const usage = "Usage: tsx scripts/db.ts migrate | reset [--force] | seed";

// The host part of a connection string, or of its `?host=` option (a unix socket folder).
function hostOf(url: string): string {
  const option = /[?&]host=([^&#]*)/.exec(url)?.[1];
  if (option !== undefined) return decodeURIComponent(option);
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url)?.[1] ?? "";
}

function isLocal(url: string): boolean {
  const host = hostOf(url);
  return host === "" || host.startsWith("/") || ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);
}

async function seed(url: string): Promise<void> {
  const { seedDemoData } = await import("@/lib/demo/seed");
  const db = createPrismaClient(url);
  try {
    const { seeded } = await seedDemoData(db);
    console.log(seeded ? "Seeded the demo data." : "The database already has data: nothing seeded.");
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  if (!command || !["migrate", "reset", "seed"].includes(command) || flags.some((flag) => flag !== "--force")) {
    console.error(usage);
    process.exitCode = 1;
    return;
  }
  // Imported here so that an invalid environment is reported as a message, not a stack.
  const { env } = await import("@/lib/env");
  const url = env.DATABASE_URL;
  if (!url) {
    console.error(
      `\`${command}\` needs DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/allies).\n` +
        "`npm start` needs none: it runs an embedded PostgreSQL and migrates it by itself.",
    );
    process.exitCode = 1;
    return;
  }

  if (command === "seed") return seed(url);

  if (command === "reset") {
    if (!isLocal(url) && !flags.includes("--force")) {
      console.error(`Refusing to reset the database on ${hostOf(url)}, which is not this machine. Add --force to do it anyway.`);
      process.exitCode = 1;
      return;
    }
    const { applied } = await resetDatabase(url);
    console.log(`Reset the database and applied ${applied.length} migration(s).`);
    return seed(url);
  }

  const { applied } = await applyMigrations(url);
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

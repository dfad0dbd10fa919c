// The demo seed as a short-lived child of the launcher (scripts/start.ts), compiled to
// .allies/seed.cjs by scripts/launch.cjs: the Prisma client and the seed are loaded here and
// gone when it exits, instead of staying in the launcher for the app's whole life.
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo/seed";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must be set");
  const db = createPrismaClient(url, { poolSize: 2 });
  try {
    if ((await seedDemoData(db)).seeded) console.log("[allies] Seeded the demo programme");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`[allies] Seeding the demo programme failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

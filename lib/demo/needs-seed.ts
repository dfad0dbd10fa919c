import pg from "pg";

// The test seedDemoData makes first (no programme yet), asked with plain `pg`: the launcher
// (scripts/start.ts) starts the seed's child process, with its Prisma client, only when this
// says yes, so a warm start loads neither. The seed checks again itself.
export async function needsDemoSeed(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Programme") AS found`);
    return !rows[0]?.found;
  } finally {
    await client.end();
  }
}

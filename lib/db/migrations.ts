import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations without Prisma's native schema engine, keeping the
// `_prisma_migrations` table exactly as `prisma migrate deploy` does, so that both
// tools can take turns on the same database.

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationOptions = { dir?: string; log?: (line: string) => void };

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
};

export const defaultMigrationsDir = () => path.resolve("prisma", "migrations");

// The key Prisma's own engine uses, so a concurrent `prisma migrate` waits for us too.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function checksumOf(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The migration folders of `dir`, in the order they apply. */
export async function readMigrations(dir: string = defaultMigrationsDir()): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql")).catch((error: unknown) => {
        throw new Error(`Migration ${name} has no readable migration.sql: ${String(error)}`);
      });
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    }),
  );
}

function describeDatabaseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, position } = error as Error & { code?: string; position?: string };
  return [
    code ? `Database error code: ${code}` : undefined,
    `Database error:\n${error.message}`,
    position ? `Position: ${position}` : undefined,
  ]
    .filter(Boolean)
    .join("\n\n");
}

function failedMigrationsError(failed: MigrationRow[]): Error {
  const lines = failed.map(
    (row) => `The \`${row.migration_name}\` migration started at ${row.started_at.toISOString()} failed${row.logs ? `:\n${row.logs}` : ""}`,
  );
  return new Error(
    [
      "Found failed migrations in the target database; new migrations will not be applied.",
      ...lines,
      "Fix the database by hand, then mark the migration as rolled back " +
        `(\`npx prisma migrate resolve --rolled-back <name>\`, or UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '<name>')` +
        " and run the migrations again. See https://pris.ly/d/migrate-resolve",
    ].join("\n"),
  );
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const startedAt = new Date();
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query("COMMIT");
  } catch (error) {
    let details = describeDatabaseError(error);
    try {
      await client.query("ROLLBACK");
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
         VALUES ($1, $2, NULL, $3, $4, $5, 0)`,
        [randomUUID(), migration.checksum, migration.name, `Migration name: ${migration.name}\n\n${details}`, startedAt],
      );
    } catch (recordError) {
      details += `\n\n(The failure could not be recorded in _prisma_migrations: ${String(recordError)})`;
    }
    throw new Error(`Migration ${migration.name} failed and was rolled back.\n${details}`, { cause: error });
  }
}

export async function applyMigrations(
  connectionString: string,
  options: MigrationOptions = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at, logs
       FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const failed = rows.filter((row) => row.finished_at === null);
    if (failed.length > 0) throw failedMigrationsError(failed);

    const recorded = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    for (const [name, checksum] of recorded) {
      const migration = migrations.find((m) => m.name === name);
      if (!migration) log(`Warning: migration ${name} is recorded in the database but missing from the migrations folder.`);
      else if (migration.checksum !== checksum) log(`Warning: migration ${name} was modified after it was applied.`);
    }

    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !recorded.has(m.name))) {
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`Applied migration ${migration.name}`);
    }
    return { applied };
  } finally {
    // Ending the session also releases the advisory lock.
    await client.end();
  }
}

/** Empties the database (public and pg-boss schemas), then applies every migration. */
export async function resetDatabase(
  connectionString: string,
  options: MigrationOptions = {},
): Promise<{ applied: string[] }> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
  return applyMigrations(connectionString, options);
}

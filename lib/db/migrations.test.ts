import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrations";
import { diffDatabaseToSchema, diffMigrationsToSchema } from "@/lib/db/schema-diff";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/lib/db/test-databases";

const serverUrl = process.env.TEST_SERVER_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const migrationsDir = path.resolve("prisma", "migrations");
const schemaPath = path.resolve("prisma", "schema.prisma");
const quiet = { log: () => {} };

async function migrationFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function withThrowawayDatabase(run: (database: ThrowawayDatabase) => Promise<void>): Promise<void> {
  const database = await createThrowawayDatabase(serverUrl, "allies_test_migrations");
  try {
    await run(database);
  } finally {
    await database.drop();
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("applyMigrations", () => {
  it("applies every migration to a fresh database, and nothing the second time", () =>
    withThrowawayDatabase(async ({ url }) => {
      const first = await applyMigrations(url, quiet);
      expect(first.applied).toEqual(await migrationFolders(migrationsDir));
      expect(first.applied.length).toBeGreaterThan(0);

      const second = await applyMigrations(url, quiet);
      expect(second.applied).toEqual([]);
    }));

  it("records Prisma's checksum (sha256 of migration.sql) and one applied step", () =>
    withThrowawayDatabase(async ({ url }) => {
      await applyMigrations(url, quiet);
      const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
        url,
        `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      const expected = await Promise.all(
        (await migrationFolders(migrationsDir)).map(async (name) => ({
          migration_name: name,
          checksum: createHash("sha256").update(await readFile(path.join(migrationsDir, name, "migration.sql"))).digest("hex"),
          applied_steps_count: 1,
          finished_at: expect.any(Date),
        })),
      );
      expect(rows).toEqual(expected);
    }));

  it("rolls a failing migration back, records the failure, and refuses to continue", () =>
    withThrowawayDatabase(async ({ url }) => {
      const dir = await mkdtemp(path.join(tmpdir(), "allies-migrations-"));
      try {
        await cp(migrationsDir, dir, { recursive: true });
        await mkdir(path.join(dir, "99999999999999_broken"));
        await writeFile(
          path.join(dir, "99999999999999_broken", "migration.sql"),
          'CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\nSELECT * FROM "NoSuchTable";\n',
        );

        await expect(applyMigrations(url, { ...quiet, dir })).rejects.toThrow(/99999999999999_broken[\s\S]*NoSuchTable/);

        const [halfDone] = await query<{ exists: string | null }>(url, `SELECT to_regclass('"HalfDone"')::text AS exists`);
        expect(halfDone?.exists).toBeNull();
        const failed = await query<{ finished_at: Date | null; applied_steps_count: number; logs: string | null }>(
          url,
          `SELECT finished_at, applied_steps_count, logs FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`,
        );
        expect(failed).toEqual([{ finished_at: null, applied_steps_count: 0, logs: expect.stringContaining("NoSuchTable") }]);

        await expect(applyMigrations(url, { ...quiet, dir })).rejects.toThrow(/failed migrations[\s\S]*99999999999999_broken/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }));

  it("warns, without failing, when an applied migration was edited", () =>
    withThrowawayDatabase(async ({ url }) => {
      await applyMigrations(url, quiet);
      await query(url, `UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
      const lines: string[] = [];
      const { applied } = await applyMigrations(url, { log: (line) => lines.push(line) });
      expect(applied).toEqual([]);
      expect(lines.join("\n")).toMatch(/modified after it was applied/);
    }));
});

describe("schema.prisma and the migrations", () => {
  it("a migrated database matches schema.prisma", { timeout: 60_000 }, () =>
    withThrowawayDatabase(async ({ url }) => {
      await applyMigrations(url, quiet);
      expect(await diffDatabaseToSchema({ databaseUrl: url, schemaPath })).toBe("");
    }));

  it("sees drift in a live database", { timeout: 60_000 }, () =>
    withThrowawayDatabase(async ({ url }) => {
      await applyMigrations(url, quiet);
      await query(url, 'CREATE TABLE "Stray" ("id" INTEGER)');
      expect(await diffDatabaseToSchema({ databaseUrl: url, schemaPath })).toMatch(/DROP TABLE "Stray"/);
    }));

  it("sees a schema change that has no migration yet", { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "allies-schema-"));
    try {
      const changed = path.join(dir, "schema.prisma");
      await writeFile(changed, `${await readFile(schemaPath, "utf8")}\nmodel Scratch {\n  id String @id\n}\n`);
      const sql = await diffMigrationsToSchema({ migrationsDir, schemaPath: changed, shadowDatabaseUrl: serverUrl });
      expect(sql).toMatch(/^-- CreateTable\nCREATE TABLE "Scratch"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("schema.prisma has no change without a migration (else run `npm run db:new -- <name>`)", { timeout: 60_000 }, async () => {
    expect(await diffMigrationsToSchema({ migrationsDir, schemaPath, shadowDatabaseUrl: serverUrl })).toBe("");
  });
});

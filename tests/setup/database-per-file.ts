import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { runOnce, withDatabase } from "@/lib/db/test-databases";

// Runs before each test file: a fresh copy of the migrated template becomes this file's
// DATABASE_URL, so lib/db connects to it; it is dropped when the file is done.
const serverUrl = inject("serverUrl");
const name = inject("templateDatabase").replace(/_template$/, `_${randomBytes(4).toString("hex")}`);
await runOnce(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
process.env.DATABASE_URL = withDatabase(serverUrl, name);
const globalForDb = globalThis as { alliesDb?: { $disconnect(): Promise<void> } };
globalForDb.alliesDb = undefined;

afterAll(async () => {
  await globalForDb.alliesDb?.$disconnect();
  globalForDb.alliesDb = undefined;
  await runOnce(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

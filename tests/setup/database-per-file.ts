import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb, replaceDbClient } from "@/lib/db";
import { runOnce, withDatabase } from "@/lib/db/test-databases";

// Runs before each test file: a fresh copy of the migrated template becomes this file's
// DATABASE_URL, so lib/db connects to it; it is dropped when the file is done.
const serverUrl = inject("serverUrl");
const name = inject("templateDatabase").replace(/_template$/, `_${randomBytes(4).toString("hex")}`);
await runOnce(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
process.env.DATABASE_URL = withDatabase(serverUrl, name);
// Forget any client made before the URL changed (none is expected: it is made on first use).
replaceDbClient(undefined);

afterAll(async () => {
  await disconnectDb();
  await runOnce(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

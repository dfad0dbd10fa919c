import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { runOnce, withDatabase } from "@/lib/db/test-databases";
import { startTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

// One migrated template per run; every test file gets its own copy (CREATE DATABASE … TEMPLATE),
// so files run in parallel without seeing each other's rows.
export default async function setup(project: TestProject) {
  await mkdir(".data", { recursive: true });
  const server = await startTestServer();
  const templateDatabase = `allies_test_${randomBytes(4).toString("hex")}_template`;
  await runOnce(server.serverUrl, `CREATE DATABASE "${templateDatabase}"`);
  await applyMigrations(withDatabase(server.serverUrl, templateDatabase));
  project.provide("serverUrl", server.serverUrl);
  project.provide("templateDatabase", templateDatabase);
  return async () => {
    await runOnce(server.serverUrl, `DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`);
    await server.stop();
  };
}

import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { assertLocalDatabaseUrl } from "@/lib/db/local-database";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// The PostgreSQL server tests run on: TEST_DATABASE_URL or DATABASE_URL when set (local
// only), else a throw-away embedded one. Tests only ever create and drop their own databases on it.
export async function startTestServer(): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    assertLocalDatabaseUrl(given, "run tests");
    return { serverUrl: given, stop: async () => {} };
  }
  const dataDir = await mkdtemp(path.join(process.cwd(), ".data", "test-server-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    serverUrl: embedded.url,
    stop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

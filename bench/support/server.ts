// A production server for the HTTP benchmarks (`npm run bench:load`, `npm run bench:http`):
// the `npm start` path (scripts/start.ts: migrations, demo seed, build when stale) on a
// throw-away database of DATABASE_URL's local server, on a free port of 127.0.0.1, and
// members signed in (a session row each, as a sign-in would make).
import { newSecretToken } from "@/lib/security/secret-token";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { assertLocalDatabaseUrl } from "@/lib/db/local-database";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { freePort } from "@/tests/setup/test-server";

// `serverPid`: the Next server's process (the launcher writes it to ALLIES_DATA_DIR/next.pid),
// whose memory bench:http samples.
export type BenchServer = { base: string; databaseUrl: string; serverPid: () => Promise<number | null>; stop: () => Promise<void> };

export async function startProductionServer(purpose: string, prefix: string, options: { cpuProfileDir?: string } = {}): Promise<BenchServer> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error(`Set DATABASE_URL (a local PostgreSQL server): ${purpose} creates a throw-away database on it.`);
  assertLocalDatabaseUrl(serverUrl, purpose);
  const database = await createThrowawayDatabase(serverUrl, prefix);
  // .data does not exist yet on a fresh clone that never ran `npm start`.
  await mkdir(path.join(process.cwd(), ".data"), { recursive: true });
  const dataDir = await mkdtemp(path.join(process.cwd(), ".data", "load-"));
  const port = await freePort();
  // 127.0.0.1, not localhost: no IPv6-first lookup in front of every connection.
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [path.join("scripts", "launch.cjs")], {
    env: { ...process.env, DATABASE_URL: database.url, ALLIES_DEMO: "1", PORT: String(port), ALLIES_DATA_DIR: dataDir, NODE_ENV: "production", NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), ...(options.cpuProfileDir ? { ALLIES_CPU_PROFILE_DIR: options.cpuProfileDir, NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${path.join(process.cwd(), "bench", "support", "cpu-profile.cjs")}`].filter(Boolean).join(" ") } : {}) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = async () => {
    if (app.exitCode === null) {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
    await database.drop();
  };
  try {
    await waitFor(`${base}/api/health`, 600_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const serverPid = async () => Number.parseInt(await readFile(path.join(dataDir, "next.pid"), "utf8").catch(() => ""), 10) || null;
  return { base, databaseUrl: database.url, serverPid, stop };
}

export async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await fetch(url).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

// A session for a person, as signing in makes one: the cookie to send.
export async function signIn(db: Db, personId: string): Promise<string> {
  const { token: sessionToken, tokenHash } = newSecretToken();
  const [person] = await Promise.all([
    db.person.findUniqueOrThrow({ where: { id: personId }, select: { locale: true } }),
    db.session.create({ data: { tokenHash, personId, expires: new Date(Date.now() + 86400_000) } }),
  ]);
  // The language cookie a browser carries from its first page on (lib/i18n/locale-cookie.ts).
  return `next-auth.session-token=${sessionToken}${person.locale ? `; allies-locale=${person.locale}` : ""}`;
}

// The p-th percentile of sorted samples (nearest rank).
export function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

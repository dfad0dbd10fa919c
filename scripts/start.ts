// `npm start` (production server) and `npm run dev` (`--dev`, Next's dev server).
//
// Without DATABASE_URL it runs an embedded PostgreSQL under ALLIES_DATA_DIR and turns
// demo mode on; with DATABASE_URL it starts no database. Either way it applies pending
// migrations, seeds the demo programme into an empty database, builds when the sources
// changed, then runs Next as a child process until SIGINT/SIGTERM or until Next exits.
// Run compiled (.allies/start.cjs, by scripts/launch.cjs), never through tsx, and kept free
// of the Prisma client: it stays alive beside Next (docs/decisions/023-start-up.md).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import http from "node:http";
import path from "node:path";
import { z } from "zod";
import { isProcessRunning, liveOwner, signal, startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { demoSignInHints } from "@/lib/demo/demo-accounts";
import { needsDemoSeed } from "@/lib/demo/needs-seed";
import { vapidKeys, type VapidKeys } from "@/lib/push/vapid-keys";

// An empty variable counts as unset, as it does for most tools.
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const portNumber = z.coerce.number().int().min(1).max(65535);

const startEnvSchema = z.object({
  PORT: z.preprocess(unsetIfEmpty, portNumber.default(3000)),
  DATABASE_URL: z.preprocess(unsetIfEmpty, z.string().url().optional()),
  ALLIES_PG_PORT: z.preprocess(unsetIfEmpty, portNumber.default(54329)),
  ALLIES_DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default(".data")),
  ALLIES_DEMO: z.preprocess(unsetIfEmpty, z.enum(["0", "1"]).optional()),
  ALLIES_MAX_HEAP_MIB: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(128).default(384)),
});

// Sources whose change makes the production build stale. lib/generated is rewritten
// by every `npm install` (postinstall) and follows prisma/schema.prisma anyway.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.ts",
  "instrumentation.ts",
  "proxy.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];
const NOT_BUILD_INPUTS = new Set(["lib/generated"]);
const TEST_FILE = /\.test\.tsx?$/;

// Compiled to CommonJS in .allies/ (one folder below the repository, as scripts/ is).
const repoRoot = path.resolve(__dirname, "..");
const nextBin = path.join(repoRoot, "node_modules", ".bin", "next");
const seedBundle = path.join(repoRoot, ".allies", "seed.cjs");

const state: { postgres?: EmbeddedPostgres; child?: ChildProcess; nextPidFile?: string; stopping?: Promise<never> } = {};

function say(line: string): void {
  console.log(`[allies] ${line}`);
}

async function main(): Promise<void> {
  const parsed = startEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment:\n  ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ")}`,
    );
  }
  const env = parsed.data;
  const dev = process.argv.includes("--dev");
  // applyMigrations and Next read paths relative to the repository.
  process.chdir(repoRoot);

  for (const name of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(name, () => void shutdown(0));

  const dataRoot = path.resolve(repoRoot, env.ALLIES_DATA_DIR);
  await fs.mkdir(dataRoot, { recursive: true });
  const nextPidFile = path.join(dataRoot, "next.pid");
  await stopLeftoverNext(nextPidFile);

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    state.postgres = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, "postgres"),
      port: env.ALLIES_PG_PORT,
      log: say,
      // Restarted with a back-off when it dies; if that keeps failing, stop everything with
      // a clear message (exit code 1) so that whatever supervises us restarts the whole.
      onGiveUp: (reason) => {
        console.error(`[allies] The embedded PostgreSQL keeps failing (${reason}). Stopping; start Allies again.`);
        void shutdown(1);
      },
    });
    databaseUrl = state.postgres.url;
  }
  const demo = env.ALLIES_DEMO ?? (state.postgres ? "1" : "0");

  // Next starts only after this: a request must never meet a half-migrated or unseeded
  // database, so nothing here runs beside the server (023-start-up.md).
  await applyMigrations(databaseUrl, { log: say });
  // Demo data only in demo mode: an empty production database must stay empty. The seed
  // (Prisma client and all) runs in a child that exits, so this process stays small.
  if (demo === "1" && (await needsDemoSeed(databaseUrl))) {
    const code = await exitCodeOf(runChild(process.execPath, [seedBundle], { ...process.env, DATABASE_URL: databaseUrl }));
    if (code !== 0) throw new Error(`Seeding the demo programme failed (exit code ${code})`);
  }

  const childEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ALLIES_DEMO: demo,
    PORT: String(env.PORT),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${env.PORT}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || (await localAuthSecret(dataRoot)),
    // Web Push keys (issue 12): VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY, else generated once into the data folder.
    ...vapidEnv(vapidKeys(dataRoot)),
    // The client address every rate limit uses, from the socket and TRUSTED_PROXIES only
    // (lib/http/client-address.cjs).
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${path.join(repoRoot, "scripts", "client-address-preload.cjs")}`, heapLimit(process.env.NODE_OPTIONS, env.ALLIES_MAX_HEAP_MIB)]
      .filter(Boolean)
      .join(" "),
  };
  // Demo mode signs anyone in as any demo role with one click: it listens on this machine
  // only, unless HOST says otherwise. Otherwise HOST, else every interface (Next's default).
  const host = process.env.HOST || (demo === "1" ? "127.0.0.1" : undefined);
  const hostArgs = host ? ["-H", host] : [];
  // ALLIES_NO_BUILD=1: serve the build as it is (a second instance beside a running one,
  // tests), never rebuild it under a running server.
  if (!dev && process.env.ALLIES_NO_BUILD !== "1" && (await buildIsStale())) {
    say("Sources changed since the last build: running next build");
    // The build gets the caller's NODE_OPTIONS only: its type check needs more than the
    // server's bounded heap.
    const code = await exitCodeOf(runChild(nextBin, ["build"], { ...childEnv, NODE_OPTIONS: process.env.NODE_OPTIONS ?? "" }));
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }

  const server = runChild(nextBin, dev ? ["dev", "-p", String(env.PORT), ...hostArgs] : ["start", "-p", String(env.PORT), ...hostArgs], childEnv);
  if (server.pid !== undefined) {
    await fs.writeFile(nextPidFile, `${server.pid}\n`);
    state.nextPidFile = nextPidFile;
  }
  server.once("exit", (code, killedBy) => {
    if (state.stopping) return;
    say(`Next.js stopped (${killedBy ?? `exit code ${code}`})`);
    void shutdown(code ?? 1);
  });

  const address = `http://localhost:${env.PORT}`;
  const probe = `http://${host && host !== "0.0.0.0" && host !== "::" ? (host.includes(":") ? `[${host}]` : host) : "127.0.0.1"}:${env.PORT}`;
  if (!(await answersHttp(probe, server))) return;
  say(`Allies is running at ${address} (ready in ${(performance.now() / 1000).toFixed(1)} s)`);
  if (demo === "1") demoSignInHints(address).forEach((line) => say(line));
}

// A secret of this installation's own, kept beside its data, for when none is configured.
async function localAuthSecret(dataRoot: string): Promise<string> {
  const file = path.join(dataRoot, "auth-secret");
  const existing = await fs.readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("hex");
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: "inherit" });
  child.once("error", (error) => {
    console.error(`[allies] Could not run ${path.basename(command)} ${args[0] ?? ""}: ${error.message}`);
    void shutdown(1);
  });
  state.child = child;
  return child;
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

async function buildIsStale(): Promise<boolean> {
  const buildId = await fs.stat(path.join(repoRoot, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")).catch(() => undefined);
  if (!buildId) return true;
  for (const input of BUILD_INPUTS) {
    if (await changedSince(input, buildId.mtimeMs)) return true;
  }
  return false;
}

// A folder's own mtime moves when entries are added, removed or renamed, so deletions count too.
async function changedSince(relative: string, since: number): Promise<boolean> {
  if (NOT_BUILD_INPUTS.has(relative) || TEST_FILE.test(relative)) return false;
  const stat = await fs.stat(path.join(repoRoot, relative)).catch(() => undefined);
  if (!stat) return false;
  if (stat.mtimeMs > since) return true;
  if (!stat.isDirectory()) return false;
  for (const name of await fs.readdir(path.join(repoRoot, relative))) {
    if (await changedSince(path.posix.join(relative, name), since)) return true;
  }
  return false;
}

// Any HTTP answer (a redirect to sign-in included) means Next is serving. node:http
// without an agent, because a kept-alive fetch socket would delay Next's shutdown.
async function answersHttp(address: string, server: ChildProcess): Promise<boolean> {
  const answers = () =>
    new Promise<boolean>((resolve) => {
      const request = http.get(address, { agent: false }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on("error", () => resolve(false));
    });
  while (server.exitCode === null && server.signalCode === null) {
    if (await answers()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

// Like the database, a Next server survives a `kill -9` of this script and would hold
// the port. Its pid is kept in ALLIES_DATA_DIR/next.pid; stop it if that pid is still a
// Next running in this repository (Linux /proc; elsewhere the pid is not trusted).
async function stopLeftoverNext(pidFile: string): Promise<void> {
  const pid = Number.parseInt(await fs.readFile(pidFile, "utf8").catch(() => ""), 10);
  if (Number.isInteger(pid) && pid > 0 && (await isOurNext(pid))) {
    const owner = await liveOwner(pid);
    if (owner !== undefined) {
      throw new Error(`Allies is already running from ${path.dirname(pidFile)} (pid ${owner}). Stop that one first.`);
    }
    say(`Stopping a Next.js server left running by an earlier run (pid ${pid})`);
    signal(pid, "SIGTERM");
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && isProcessRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
    if (isProcessRunning(pid)) signal(pid, "SIGKILL");
  }
  await fs.rm(pidFile, { force: true });
}

async function isOurNext(pid: number): Promise<boolean> {
  const commandLine = await fs.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  const cwd = await fs.readlink(`/proc/${pid}/cwd`).catch(() => "");
  return commandLine.includes("next") && cwd === repoRoot;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

// Next first (it holds database connections), then PostgreSQL. Runs once.
function shutdown(code: number): Promise<never> {
  return (state.stopping ??= (async () => {
    try {
      if (state.child) await stopChild(state.child);
      await state.postgres?.stop();
      if (state.nextPidFile) await fs.rm(state.nextPidFile, { force: true });
    } catch (error) {
      console.error(error);
      code ||= 1;
    }
    process.exit(code);
  })());
}

main().catch((error: unknown) => {
  // Failures caused by a shutdown already under way (a killed build) need no report.
  if (!state.stopping) console.error(`[allies] ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});

// The server's JavaScript heap is bounded (ALLIES_MAX_HEAP_MIB, default 384): without a
// limit V8 sizes it by the machine's memory and collects lazily, and the server grew from
// 300 MiB to 1.3 GiB under a benchmark's 10 users (issue 10, bench/README.md) while its
// live data stays far below. An operator's own --max-old-space-size wins.
function heapLimit(nodeOptions: string | undefined, mib: number): string | undefined {
  return nodeOptions?.includes("--max-old-space-size") ? undefined : `--max-old-space-size=${mib}`;
}

function vapidEnv(keys: VapidKeys) {
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}

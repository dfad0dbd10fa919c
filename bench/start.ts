// `npm run bench:start`: how long a warm `npm start` takes to its first page, next to a bare
// `next start` on the same build, measured alternately in one run (issue 10: within 2×).
//   bare  node_modules/.bin/next start on a migrated throw-away database of DATABASE_URL's
//         local server; spawn → first 200 of GET /signin.
//   warm  `npm start` (embedded PostgreSQL in a temporary ALLIES_DATA_DIR, created and seeded
//         by an untimed first run; ALLIES_NO_BUILD=1); spawn → first 200 of GET /signin, and
//         → first 200 of a signed-in page (GET / as the demo coordinator).
// Prints the medians, the ratio warm/bare and the resident memory of the launcher and of the
// Next server after start; writes bench/out/start.json. Uses the build in NEXT_DIST_DIR
// (default .next) as it is: build first.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_DATABASE } from "@/lib/db/embedded";
import { assertLocalDatabaseUrl } from "@/lib/db/local-database";
import { applyMigrations } from "@/lib/db/migrations";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { demoAccounts } from "@/lib/demo/demo-accounts";
import { freePort } from "@/tests/setup/test-server";

const ROUNDS = 3;
const TIMEOUT_MS = 120_000;

type Rss = { launcherMiB?: number; nextMiB: number };
type Round = { bareMs: number; warmMs: number; warmSignedInMs: number; bareRss: Rss; warmRss: Rss };

// Status of one GET, without an agent: a kept-alive socket would hold up the server's stop.
function status(url: string, cookie?: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, headers: cookie ? { cookie } : {} }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", () => resolve(0));
  });
}

async function msUntil200(url: string, since: number, child: ChildProcess, cookie?: string): Promise<number> {
  while (performance.now() - since < TIMEOUT_MS) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited before ${url} answered`);
    if ((await status(url, cookie)) === 200) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${TIMEOUT_MS / 1000} s`);
}

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => []);
  const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "")));
  return lists.flatMap((list) => list.trim().split(/\s+/).filter(Boolean).map(Number));
}

async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
}

// A process with all its descendants (`next start` may run its server in a child).
async function treeRssMiB(pid: number): Promise<number> {
  let total = await rssKiB(pid);
  for (const child of await childrenOf(pid)) total += (await treeRssMiB(child)) * 1024;
  return Math.round((total / 1024) * 10) / 10;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL (a local PostgreSQL server): the bare `next start` runs on a throw-away database of it.");
  assertLocalDatabaseUrl(serverUrl, "bench:start");
  const repoRoot = process.cwd();
  const secret = randomBytes(32).toString("hex");
  const bareDatabase = await createThrowawayDatabase(serverUrl, "allies_start");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "allies-start-"));
  const running = new Set<ChildProcess>();
  const cleanUp = async () => {
    for (const child of running) await stop(child);
    await rm(dataDir, { recursive: true, force: true });
    await bareDatabase.drop();
  };
  for (const name of ["SIGINT", "SIGTERM"] as const) process.once(name, () => void cleanUp().finally(() => process.exit(1)));

  try {
    await applyMigrations(bareDatabase.url, { log: () => {} });
    const [barePort, warmPort, pgPort] = [await freePort(), await freePort(), await freePort()];
    const serverEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", ALLIES_DEMO: "1", NEXTAUTH_SECRET: secret };

    const bareEnv: NodeJS.ProcessEnv = { ...serverEnv, DATABASE_URL: bareDatabase.url, PORT: String(barePort), NEXTAUTH_URL: `http://localhost:${barePort}` };
    const warmEnv: NodeJS.ProcessEnv = { ...serverEnv, ALLIES_DATA_DIR: dataDir, ALLIES_PG_PORT: String(pgPort), PORT: String(warmPort), ALLIES_NO_BUILD: "1", NEXTAUTH_URL: `http://localhost:${warmPort}` };
    delete warmEnv.DATABASE_URL;
    delete warmEnv.TEST_DATABASE_URL;

    const bare = async (): Promise<Pick<Round, "bareMs" | "bareRss">> => {
      const since = performance.now();
      const next = spawn(path.join(repoRoot, "node_modules", ".bin", "next"), ["start", "-p", String(barePort), "-H", "127.0.0.1"], { env: bareEnv, stdio: ["ignore", "ignore", "inherit"] });
      running.add(next);
      try {
        const bareMs = await msUntil200(`http://127.0.0.1:${barePort}/signin`, since, next);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return { bareMs, bareRss: { nextMiB: await treeRssMiB(next.pid!) } };
      } finally {
        await stop(next);
        running.delete(next);
      }
    };

    const cookie = { value: "" };
    const warm = async (): Promise<Pick<Round, "warmMs" | "warmSignedInMs" | "warmRss">> => {
      const since = performance.now();
      const npm = spawn("npm", ["start"], { env: warmEnv, stdio: ["ignore", "ignore", "inherit"] });
      running.add(npm);
      try {
        const base = `http://127.0.0.1:${warmPort}`;
        const warmMs = await msUntil200(`${base}/signin`, since, npm);
        if (!cookie.value) cookie.value = await signInCoordinator(`postgresql://postgres@127.0.0.1:${pgPort}/${EMBEDDED_DATABASE}`);
        const warmSignedInMs = await msUntil200(`${base}/`, since, npm, cookie.value);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        // npm runs `sh -c "exec node scripts/launch.cjs"`: its child is the launcher.
        const launcher = (await childrenOf(npm.pid!))[0];
        const nextPid = Number.parseInt(await readFile(path.join(dataDir, "next.pid"), "utf8"), 10);
        const warmRss = { launcherMiB: launcher ? Math.round((await rssKiB(launcher)) / 102.4) / 10 : NaN, nextMiB: await treeRssMiB(nextPid) };
        return { warmMs, warmSignedInMs, warmRss };
      } finally {
        await stop(npm);
        running.delete(npm);
      }
    };

    console.log("First run (untimed): creates and seeds the embedded database…");
    await warm();
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await bare();
      const b = await warm();
      rounds.push({ ...a, ...b });
      console.log(`round ${round}: bare ${seconds(a.bareMs)}, warm ${seconds(b.warmMs)} (signed-in page ${seconds(b.warmSignedInMs)})`);
    }

    const bareMs = median(rounds.map((r) => r.bareMs));
    const warmMs = median(rounds.map((r) => r.warmMs));
    const warmSignedInMs = median(rounds.map((r) => r.warmSignedInMs));
    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      rounds,
      median: { bareMs: Math.round(bareMs), warmMs: Math.round(warmMs), warmSignedInMs: Math.round(warmSignedInMs) },
      ratio: Math.round((warmMs / bareMs) * 100) / 100,
      rssMiB: {
        launcher: median(rounds.map((r) => r.warmRss.launcherMiB ?? NaN)),
        warmNext: median(rounds.map((r) => r.warmRss.nextMiB)),
        bareNext: median(rounds.map((r) => r.bareRss.nextMiB)),
      },
    };
    console.log(`\nmedian of ${ROUNDS}: bare next start ${seconds(bareMs)}, warm npm start ${seconds(warmMs)}, ratio ${result.ratio} (goal ≤ 2)`);
    console.log(`warm npm start to the first signed-in page: ${seconds(warmSignedInMs)}`);
    console.log(`RSS after start: launcher ${result.rssMiB.launcher} MiB, Next ${result.rssMiB.warmNext} MiB (bare Next ${result.rssMiB.bareNext} MiB)`);
    console.log(`load average ${result.machine.loadAverage.join(" ")} on ${result.machine.cpus} CPUs`);
    await mkdir(path.join(repoRoot, "bench", "out"), { recursive: true });
    await writeFile(path.join(repoRoot, "bench", "out", "start.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await cleanUp();
  }
}

// A session for the demo coordinator, as signing in makes one, kept for the later rounds.
async function signInCoordinator(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    await client.query(
      `INSERT INTO "Session" ("id", "sessionToken", "personId", "expires")
       SELECT $1, $2, "id", now() + interval '1 day' FROM "Person" WHERE "email" = $3`,
      [randomBytes(12).toString("hex"), token, demoAccounts[0].email],
    );
    return `next-auth.session-token=${token}`;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

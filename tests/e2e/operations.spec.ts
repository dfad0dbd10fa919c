import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { hashSecretToken } from "@/lib/security/secret-token";
import { freePort } from "@/tests/setup/test-server";
import { expectNoAxeViolations, signInAs } from "./support/helpers";
import { e2eInfoFile } from "./support/info-file";

// Faults and operations (issue 9), on real `npm start` processes beside the suite's own
// server, sharing its production build (ALLIES_NO_BUILD=1). Desktop project only: these
// test processes, not screens.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

type Instance = { process: ChildProcess; port: number; url: string; dataDir: string; output: () => string };

async function startInstance(extraEnv: Record<string, string | undefined>): Promise<Instance> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(process.cwd(), ".data", "ops-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), ALLIES_DATA_DIR: dataDir, ALLIES_NO_BUILD: "1", NODE_ENV: "production", NEXTAUTH_URL: `http://localhost:${port}`, ...extraEnv };
  for (const [key, value] of Object.entries(extraEnv)) if (value === undefined) delete env[key];
  let output = "";
  const child = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0, { timeout: 120_000, intervals: [250] }).toBe(200);
  return { process: child, port, url, dataDir, output: () => output };
}

function children(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

function descendants(pid: number): number[] {
  const direct = children(pid);
  return direct.flatMap((child) => [child, ...descendants(child)]);
}

const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

test("embedded PostgreSQL is restarted after its postmaster dies; SIGTERM to npm stops the whole tree", async () => {
  const instance = await startInstance({ DATABASE_URL: undefined, ALLIES_DEMO: "1", ALLIES_PG_PORT: String(await freePort()) });
  try {
    expect((await fetch(`${instance.url}/api/ready`)).status).toBe(200);
    const pidFile = path.join(instance.dataDir, "postgres", "postmaster.pid");
    const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    // Restarted by the launcher (a query in the moment before the old backends notice their
    // postmaster is gone can still succeed, so "ready" alone does not show the restart); then
    // ready and serving pages again.
    await expect.poll(() => instance.output(), { timeout: 60_000, intervals: [250] }).toMatch(/PostgreSQL is back on/);
    await expect.poll(async () => (await fetch(`${instance.url}/api/ready`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [500] }).toBe(200);
    expect((await fetch(`${instance.url}/signin`)).status).toBe(200);
    expect(instance.output()).toMatch(/PostgreSQL stopped unexpectedly/);
    const restarted = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    expect(restarted).not.toBe(postmaster);

    // What a container runtime does: SIGTERM to the process it started (npm).
    const tree = descendants(instance.process.pid!);
    expect(tree).toContain(restarted);
    const exited = new Promise<number | null>((resolve) => instance.process.once("exit", (code) => resolve(code)));
    process.kill(instance.process.pid!, "SIGTERM");
    expect(await exited).toBe(0);
    await expect.poll(() => tree.filter(alive), { timeout: 30_000 }).toEqual([]);
    expect(existsSync(pidFile)).toBe(false);
  } finally {
    if (instance.process.exitCode === null) instance.process.kill("SIGKILL");
    await rm(instance.dataDir, { recursive: true, force: true });
  }
});

test("demo mode listens on this machine only", async () => {
  const port = Number(process.env.E2E_PORT ?? 3100);
  expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  // The kernel's own list of listening sockets: the server's port is bound to 127.0.0.1
  // only (0100007F), never to every interface (00000000 / ::).
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const listening = ["/proc/net/tcp", "/proc/net/tcp6"]
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, "utf8").split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${hexPort}`))
    .map((fields) => fields[1]!.split(":")[0]);
  expect(listening.length).toBeGreaterThan(0);
  expect(listening.every((address) => address === "0100007F" || address === "0000000000000000FFFF00000100007F" || address === "00000000000000000000000001000000")).toBe(true);
  // And where this machine has a LAN address, nothing answers on it.
  const lan = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === "IPv4" && !a.internal)?.address;
  if (lan) await expect(fetch(`http://${lan}:${port}/api/health`)).rejects.toThrow();
});

test("two production servers on one PostgreSQL: a session made on one works on the other; rate limits count across both", async () => {
  // The suite's own PostgreSQL (DATABASE_URL's server, or the embedded one npm test started).
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? (JSON.parse(readFileSync(e2eInfoFile(process.env.E2E_PORT ?? 3100), "utf8")) as { databaseUrl: string }).databaseUrl;
  const database = await createThrowawayDatabase(serverUrl, "allies_ops");
  const shared = { DATABASE_URL: database.url, ALLIES_DEMO: "1", NEXTAUTH_SECRET: "two-instances-share-this-secret-0123456789" };
  const a = await startInstance(shared);
  const b = await startInstance({ ...shared, NEXTAUTH_URL: a.url.replace("127.0.0.1", "localhost") });
  try {
    // Sign in on A (the demo one-click path), keep the session cookie.
    const signIn = await fetch(`${a.url}/api/demo-sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { origin: `http://localhost:${a.port}`, "content-type": "application/x-www-form-urlencoded" },
      body: "account=ally&callbackUrl=%2F",
    });
    expect(signIn.status).toBe(303);
    const callback = await fetch(signIn.headers.get("location")!.replace(`http://localhost:${a.port}`, a.url), { redirect: "manual" });
    const cookie = (callback.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).find((c) => c!.startsWith("next-auth.session-token="));
    expect(cookie).toBeTruthy();
    // The same cookie on B: signed in there too. The demo ally saved Dutch, so this new
    // browser is first sent once through the language hop (lib/i18n/locale-cookie.ts), which
    // B serves with A's session as well; then the start page, not a redirect to sign in.
    const hop = await fetch(`${b.url}/`, { headers: { cookie: cookie! }, redirect: "manual" });
    expect(hop.status).toBe(307);
    expect(hop.headers.get("location")).toBe("/language/sync?to=%2F");
    const sync = await fetch(new URL(hop.headers.get("location")!, b.url), { headers: { cookie: cookie! }, redirect: "manual" });
    expect(sync.status).toBe(303);
    const language = sync.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("allies-locale="));
    expect(language).toBe("allies-locale=nl");
    const onB = await fetch(`${b.url}/`, { headers: { cookie: `${cookie}; ${language}` }, redirect: "manual" });
    expect(onB.status).toBe(200);
    const signedOut = await fetch(`${b.url}/`, { redirect: "manual" });
    expect([303, 307, 308]).toContain(signedOut.status);

    // The calendar feed's per-token limit, hit alternately on A and B, counts once.
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: database.url });
    await client.connect();
    // A feed address for Els (only its hash is stored, as the app stores it).
    const token = randomBytes(32).toString("base64url");
    await client.query(`UPDATE "Person" SET "calendarTokenHash" = $1, "calendarTokenExpiresAt" = now() + interval '1 day' WHERE email = 'els@allies.demo'`, [hashSecretToken(token)]);
    await client.end();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await fetch(`${(i % 2 ? b : a).url}/calendar/${token}/feed.ics`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    // A reminder is sent once with two workers: lib/jobs/worker.test.ts ("two pg-boss
    // instances plus two direct runs at the same time produce exactly one e-mail").
  } finally {
    for (const instance of [a, b]) {
      const exited = new Promise((resolve) => instance.process.once("exit", resolve));
      instance.process.kill("SIGTERM");
      await exited;
      await rm(instance.dataDir, { recursive: true, force: true });
    }
    await database.drop();
  }
});

test("a signed-in member is never sent to another site by callbackUrl; NUL in a path is 404", async ({ page }) => {
  await signInAs(page, "ally");
  for (const payload of ["/%5Cevil.example/x", "/%09/evil.example", "//evil.example", "/%0d%0aLocation:%20https://evil.example", "https://evil.example"]) {
    const response = await page.goto(`/signin?callbackUrl=${payload}`);
    expect(response?.status(), payload).toBe(200);
    expect(new URL(page.url()).host, payload).toBe(`localhost:${process.env.E2E_PORT ?? "3100"}`);
    expect(new URL(page.url()).pathname, payload).toBe("/");
  }
  await expectNoAxeViolations(page);
  const nul = await page.request.get("/programmes/%00/dinners");
  expect(nul.status()).toBe(404);
});

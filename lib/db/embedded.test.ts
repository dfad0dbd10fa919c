import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

// Under the repository rather than os.tmpdir(): the same place the app keeps its data,
// and a path the `postgres` OS user can reach when the tests run as root.
const root = path.resolve(__dirname, "../../.data", `test-${randomBytes(4).toString("hex")}`);
const started: EmbeddedPostgres[] = [];

afterAll(async () => {
  for (const db of started) await db.stop();
  await fs.rm(root, { recursive: true, force: true });
}, 60_000);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function start(dataDir: string, port: number): Promise<EmbeddedPostgres> {
  const db = await startEmbeddedPostgres({ dataDir, port });
  started.push(db);
  return db;
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

async function postmasterPid(dataDir: string): Promise<number> {
  const content = await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8");
  return Number.parseInt(content.split("\n")[0] ?? "", 10);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startEmbeddedPostgres", () => {
  it("creates the allies database, keeps data across a restart, and stops idempotently", async () => {
    const dataDir = path.join(root, "restart");
    const port = await freePort();

    const first = await start(dataDir, port);
    expect(first.url).toBe(`postgresql://postgres@127.0.0.1:${port}/allies`);
    await query(first.url, "create table note (body text not null)");
    await query(first.url, "insert into note (body) values ('still here')");
    await first.stop();
    await first.stop();
    await expect(fs.access(path.join(dataDir, "postmaster.pid"))).rejects.toThrow();

    const second = await start(dataDir, port);
    expect(await query(second.url, "select body from note")).toEqual([{ body: "still here" }]);
    await second.stop();
  }, 60_000);

  it("stops a server left running by a run that never called stop()", async () => {
    const dataDir = path.join(root, "leftover");
    const port = await freePort();

    const abandoned = await start(dataDir, port);
    await query(abandoned.url, "create table note (body text not null)");
    await query(abandoned.url, "insert into note (body) values ('written before the crash')");
    const leftoverPid = await postmasterPid(dataDir);

    const next = await start(dataDir, port);
    expect(isAlive(leftoverPid)).toBe(false);
    expect(await postmasterPid(dataDir)).not.toBe(leftoverPid);
    expect(await query(next.url, "select body from note")).toEqual([{ body: "written before the crash" }]);
    await next.stop();
    await abandoned.stop();
  }, 60_000);

  it("ignores a stale postmaster.pid whose process is gone", async () => {
    const dataDir = path.join(root, "stale");
    const port = await freePort();
    await (await start(dataDir, port)).stop();

    const exited = spawnSync(process.execPath, ["-e", ""]).pid;
    await fs.writeFile(path.join(dataDir, "postmaster.pid"), `${exited}\n${dataDir}\n`);

    const db = await start(dataDir, port);
    expect(await query(db.url, "select 1 as one")).toEqual([{ one: 1 }]);
    await db.stop();
  }, 60_000);
});

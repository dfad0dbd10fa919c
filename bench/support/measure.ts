// What bench:http and bench:ab share: the routes to measure (every page of the authorization
// matrix, each opened by one caller) and one autocannon measurement of a route with the
// server's CPU time over it.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import type { DemoIds } from "@/tests/authorization/demo-ids";
import { pageMatrix, type PageEntry } from "@/tests/authorization/pages";
import type { Caller } from "@/tests/authorization/roles";
import { percentile } from "./server";

export type Post = { body: string; headers: Record<string, string> };
export type Target = { route: string; caller: Exclude<Caller, "signedOut"> | null; path: string; post?: Post };

// Who opens each route: the ally for the start page (issue 10's goal), else a coordinator
// where allowed (sees the most), else the first caller allowed; public routes signed out.
function callerFor(entry: PageEntry): Exclude<Caller, "signedOut"> | null {
  if (entry.allow === "public") return null;
  if (entry.route === "/" && entry.allow.includes("ally")) return "ally";
  if (entry.allow.includes("coordinator")) return "coordinator";
  return entry.allow.find((c): c is Exclude<Caller, "signedOut"> => c !== "signedOut") ?? null;
}

export function pageTargets(ids: DemoIds): Target[] {
  return pageMatrix.map((entry) => ({ route: entry.route, caller: callerFor(entry), path: entry.path(ids) }));
}

// --only: routes containing the text, or exactly the route after "=" (--only =/ is the start
// page); several, comma-separated.
export function routeFilter(only: string): (route: string) => boolean {
  const wanted = only ? only.split(",") : [];
  return (route) => wanted.length === 0 || wanted.some((text) => (text.startsWith("=") ? route === text.slice(1) : route.includes(text)));
}

// The Node version a server process runs (its own binary asked), which may differ from the
// benchmark's: the launcher starts `next` through PATH (bench:ab --b-node, decision 035).
export function nodeVersionOf(pid: number | null): string | null {
  try {
    return pid ? execFileSync(`/proc/${pid}/exe`, ["--version"], { encoding: "utf8" }).trim() : null;
  } catch {
    return null;
  }
}

// User + system CPU of a process in ms (clock ticks of 10 ms: fields 14 and 15 of stat):
// steadier than req/s on a shared machine.
export async function processCpuMs(pid: number | null): Promise<number> {
  const stat = pid ? await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "") : "";
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// `limited`: 429 answers of a rate-limited route (the calendar feed limits requests per
// token, as it should under a load tool): counted apart, not as errors.
// `cpuMs`: the server's CPU time per request over the measurement.
export type Measured = { rps: number; p50: number; p95: number; p99: number; requests: number; errors: number; limited: number; cpuMs: number };

// One autocannon run: `connections` at once for `seconds`, latencies from the response events.
export async function measure(url: string, cookie: string | null, connections: number, seconds: number, post: Post | undefined, cpuTime: () => Promise<number>): Promise<Measured> {
  const times: number[] = [];
  let errors = 0;
  let limited = 0;
  const headers = { ...(cookie ? { cookie } : {}), ...(post?.headers ?? {}) };
  const instance = autocannon({ url, connections, duration: seconds, timeout: 30, requests: [post ? { method: "POST", headers, body: post.body } : { method: "GET", headers }] });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    if (statusCode === 429) limited++;
    else if (statusCode >= 400) errors++;
  });
  const cpuBefore = await cpuTime();
  const result = await instance;
  const cpuMs = (await cpuTime()) - cpuBefore;
  times.sort((a, b) => a - b);
  return { rps: times.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), requests: times.length, errors: errors + result.errors + result.timeouts, limited, cpuMs: cpuMs / Math.max(1, times.length) };
}

// `npm run bench:ab`: two production builds compared on the same host at the same time, to
// tell whether a change made pages cheaper (issue 10, decision 033). On these shared 2-CPU
// machines one build's figures drift by ±20 % from one minute to the next, so a change of a
// few per cent can only be seen side by side: both servers run at once (same data, same
// members signed in), and every route is measured in short slices that alternate between
// the two builds and `/signin`, the order reversed every round; the sums over the rounds are
// compared. The server's CPU per request is the main figure (steadier than req/s); the
// `/signin` row of both builds is the control, whose B/A shows the noise left.
//
//   NEXT_DIST_DIR=.next-b npx next build          # build B beside the ordinary build A
//   npm run bench:ab -- --b .next-b --only follow-up,incidents/ [--a .next] [--rounds 8]
//                       [--seconds 1] [--concurrency 1] [--programmes 10]
//                       [--b-node-options "…"] [--b-node <folder of another node binary>]
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { loadDemoIds } from "@/tests/authorization/demo-ids";
import { demoAccountOf } from "@/tests/authorization/roles";
import { fillBulk, fillHistoryOf } from "./support/bulk";
import { measure, nodeVersionOf, pageTargets, processCpuMs, routeFilter } from "./support/measure";
import { signIn, startProductionServer } from "./support/server";

function flag(name: string, fallback: string) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const settings = {
  a: flag("a", ".next"),
  b: flag("b", ""),
  // Node's flags for B's server (a runtime setting instead of a second build: --b .next).
  bNodeOptions: flag("b-node-options", ""),
  // Another Node for B's server: the folder holding its `node` binary.
  bNode: flag("b-node", ""),
  only: flag("only", ""),
  rounds: Number(flag("rounds", "8")),
  seconds: Number(flag("seconds", "1")),
  concurrency: Number(flag("concurrency", "1")),
  programmes: Number(flag("programmes", "10")),
  years: 10,
  dinnersPerYear: 5,
  actionsPerDinner: 6,
  membersPerProgramme: 12,
  signalsPerMonth: 8,
};

const inheritedNodeOptions = process.env.NODE_OPTIONS ?? "";
// The launcher starts `next` through `/usr/bin/env node`: B's Node is the first on its PATH.
const inheritedPath = process.env.PATH ?? "";

// One build's production server on its own throw-away database, filled alike.
async function serve(distDir: string, nodeOptions = "", nodeDir = "") {
  // The launcher takes the build folder and Node's flags from the environment it is started
  // with; it serves the build as it is (no rebuild).
  process.env.NEXT_DIST_DIR = distDir;
  process.env.NODE_OPTIONS = `${inheritedNodeOptions} ${nodeOptions}`.trim();
  process.env.ALLIES_NO_BUILD = "1";
  process.env.PATH = nodeDir ? `${nodeDir}:${inheritedPath}` : inheritedPath;
  const server = await startProductionServer(`compare the build in ${distDir}`, "allies_ab");
  const db = createPrismaClient(server.databaseUrl);
  const now = new Date();
  const ids = await loadDemoIds(db);
  await fillHistoryOf(db, ids.programmeId, settings, now);
  await fillBulk(db, settings, now);
  const cookies = new Map<string, string>();
  for (const [caller, email] of Object.entries(demoAccountOf)) cookies.set(caller, await signIn(db, (await db.person.findUniqueOrThrow({ where: { email }, select: { id: true } })).id));
  const pid = await server.serverPid();
  await db.$disconnect();
  const targets = new Map(pageTargets(ids).map((target) => [target.route, target]));
  return { ...server, targets, cookies, node: nodeVersionOf(pid), cpuTime: () => processCpuMs(pid) };
}

type Sum = { requests: number; cpuMs: number; errors: number };

async function main() {
  if (!settings.b) throw new Error("Give the second build's folder: --b .next-b (build it with NEXT_DIST_DIR=.next-b npx next build)");
  console.log(`Starting A (${settings.a}) and B (${settings.b}), each filled with ${settings.programmes} programmes × ${settings.years} years…`);
  const builds = { A: await serve(settings.a), B: await serve(settings.b, settings.bNodeOptions, settings.bNode) };
  try {
    const only = routeFilter(settings.only);
    const routes = [...builds.A.targets.keys()].filter(only);
    const signin = "/signin";
    console.log(`\n${routes.length} routes, ${settings.rounds} rounds of ${settings.seconds} s slices at concurrency ${settings.concurrency}; ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; A on Node ${builds.A.node}, B on Node ${builds.B.node}\n`);
    console.log("| route | A CPU ms/req | B CPU ms/req | B/A CPU | A req/s vs /signin | B req/s vs /signin |");
    console.log("|---|---|---|---|---|---|");
    const results = [];
    const slice = async (name: "A" | "B", route: string) => {
      const build = builds[name];
      const target = route === signin ? { caller: null, path: signin } : build.targets.get(route)!;
      const cookie = target.caller ? build.cookies.get(target.caller)! : null;
      return measure(`${build.base}${target.path}`, cookie, settings.concurrency, settings.seconds, undefined, build.cpuTime);
    };
    for (const route of routes) {
      const sums = new Map<string, Sum>();
      const order: ["A" | "B", string][] = [
        ["A", signin],
        ["A", route],
        ["B", signin],
        ["B", route],
      ];
      for (const [name, path] of order) await slice(name, path); // warm-up
      for (let round = 0; round < settings.rounds; round++) {
        for (const [name, path] of round % 2 ? [...order].reverse() : order) {
          const measured = await slice(name, path);
          const key = `${name} ${path}`;
          const sum = sums.get(key) ?? { requests: 0, cpuMs: 0, errors: 0 };
          sums.set(key, { requests: sum.requests + measured.requests, cpuMs: sum.cpuMs + measured.cpuMs * measured.requests, errors: sum.errors + measured.errors });
        }
      }
      const of = (name: string, path: string) => sums.get(`${name} ${path}`)!;
      const cpu = (sum: Sum) => sum.cpuMs / Math.max(1, sum.requests);
      const row = {
        route,
        a: { cpuMs: cpu(of("A", route)), signinCpuMs: cpu(of("A", signin)), ratio: of("A", route).requests / of("A", signin).requests, errors: of("A", route).errors },
        b: { cpuMs: cpu(of("B", route)), signinCpuMs: cpu(of("B", signin)), ratio: of("B", route).requests / of("B", signin).requests, errors: of("B", route).errors },
      };
      results.push(row);
      console.log(`| ${route} | ${row.a.cpuMs.toFixed(2)} | ${row.b.cpuMs.toFixed(2)} | ${(row.b.cpuMs / row.a.cpuMs).toFixed(3)} | ${row.a.ratio.toFixed(3)} | ${row.b.ratio.toFixed(3)} |`);
      console.log(`| (control) /signin | ${row.a.signinCpuMs.toFixed(2)} | ${row.b.signinCpuMs.toFixed(2)} | ${(row.b.signinCpuMs / row.a.signinCpuMs).toFixed(3)} | | |`);
      if (row.a.errors + row.b.errors > 0) process.exitCode = 1;
    }
    const out = path.join(process.cwd(), "bench", "out", "ab.json");
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify({ date: new Date().toISOString(), machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, nodeA: builds.A.node, nodeB: builds.B.node }, settings, results }, null, 2));
    console.log(`\nWritten to ${path.relative(process.cwd(), out)}.${process.exitCode ? " Some requests failed (see the JSON)." : ""}`);
  } finally {
    await builds.A.stop();
    await builds.B.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// `npm run bench`: server time of the overview, the follow-up dashboard and "my actions"
// on a large database (100 programmes × 10 years of dinners and actions). See bench/README.md.
import { hashSecretToken } from "@/lib/security/secret-token";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { performance } from "node:perf_hooks";
import { listMyActions } from "@/lib/actions/list-my-actions";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { replaceDbClient } from "@/lib/db";
import { connectionOptions, createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { fillBulk } from "./support/bulk";
import { getFollowUpDashboard } from "@/lib/follow-up/get-follow-up-dashboard";
import { listFollowUpActions } from "@/lib/follow-up/list-follow-up-actions";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { getTensionPicture } from "@/lib/signals/get-tension-picture";
import { getRegionalView } from "@/lib/regional/get-regional-view";
import { regionWithProgrammes } from "@/tests/query-budget/regional-data-set";
import { startTestServer } from "@/tests/setup/test-server";
import { createQueryCounter } from "@/tests/support/count-queries";
import { getAgenda } from "@/lib/agenda/get-agenda";
import { listActions } from "@/lib/actions/list-actions";
import { getStartPage } from "@/lib/dinners/get-start-page";
import { getCouncilReport } from "@/lib/council/get-council-report";
import { getProgrammePlan } from "@/lib/plan/get-programme-plan";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { getMemberDirectory } from "@/lib/members/get-member-directory";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { exportPersonalData } from "@/lib/account/export-personal-data";
import { getDinnerYear } from "@/lib/dinners/get-dinner-year";
import { getTopicHistory } from "@/lib/topics/get-topic-history";
import { viewerFromSessionToken } from "@/lib/auth/viewer";

// Tables that grow with the whole site: a plan may reach them only through an index on the
// programme's (or the person's) own rows, never by reading them whole.
const growingTables = ["Action", "ActionOwner", "ActionUpdate", "Dinner", "Membership", "Person", "Rsvp", "AgendaItem", "Session", "PulseAnswer"];

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
// Tables still small in the bulk fill (e.g. sessions, agenda items) are left to the planner:
// reading a handful of rows whole is what it should do.
const largeTable = 1_000;
function seqScans(node: PlanNode, rows: Map<string, number>, found: string[] = []): string[] {
  const relation = node["Relation Name"];
  if (node["Node Type"] === "Seq Scan" && relation && growingTables.includes(relation) && (rows.get(relation) ?? 0) >= largeTable) found.push(relation);
  for (const child of node.Plans ?? []) seqScans(child, rows, found);
  return found;
}

// EXPLAIN every statement a page's loader sends (captured with its parameters by the
// query-counting client) on the bulk database: no sequential scan of a large growing table.
async function checkPlans(databaseUrl: string, db: Db, pages: { page: string; load: () => Promise<unknown> }[]) {
  const counter = createQueryCounter(databaseUrl);
  const failures: string[] = [];
  const checked: { page: string; statements: number; seqScans: string[]; executionMs: number; slowest?: { ms: number; sql: string } }[] = [];
  const sizes = (await db.$queryRawUnsafe(`SELECT relname AS "name", reltuples::float8 AS "rows" FROM pg_class WHERE relkind = 'r'`)) as { name: string; rows: number }[];
  const rows = new Map(sizes.map((t) => [t.name, t.rows]));
  // Its connection asks for generic plans as the app's do (connectionOptions).
  const client = new pg.Client({ connectionString: databaseUrl, options: connectionOptions });
  await client.connect();
  try {
    for (const { page, load } of pages) {
      const { queries } = await counter.count(load);
      const params = [...counter.params];
      const scans: string[] = [];
      let executionMs = 0;
      let slowest: { ms: number; sql: string } | undefined;
      for (const [index, sql] of queries.entries()) {
        const values = JSON.parse(params[index] ?? "[]") as unknown[];
        // Reads are run (ANALYZE: their execution time finds a page's slow statement); a write
        // (an export's audit line) is only planned; BEGIN/COMMIT have no plan.
        const read = /^\s*(SELECT|WITH)\b/i.test(sql);
        if (!read && !/^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql)) continue;
        const { Plan: plan, "Execution Time": ms = 0 } = read ? await explainAsPrepared(client, sql, values) : await explainWrite(db, sql, values);
        const found = seqScans(plan, rows);
        if (!slowest || ms > slowest.ms) slowest = { ms, sql: sql.replace(/\s+/g, " ").slice(0, 120) };
        executionMs += ms;
        if (found.length > 0) failures.push(`${page}: Seq Scan on ${found.join(", ")} in ${sql.replace(/\s+/g, " ").slice(0, 160)}…`);
        scans.push(...found);
      }
      checked.push({ page, statements: queries.length, seqScans: scans, executionMs, slowest });
    }
  } finally {
    await counter.disconnect();
    await client.end();
  }
  return { checked, failures };
}

type Explained = { Plan: PlanNode; "Execution Time"?: number };

// A read is checked with the plan the app runs: prepared, and executed with the generic plan
// (lib/db/client.ts, decision 028), which PostgreSQL makes without the parameters' values.
// EXECUTE takes no bound parameters, so the values go in as literals.
async function explainAsPrepared(client: pg.Client, sql: string, values: unknown[]): Promise<Explained> {
  const literal = (value: unknown): string => {
    if (value === null || value === undefined) return "NULL";
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (Array.isArray(value)) return client.escapeLiteral(`{${value.map((v) => (v === null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`);
    return client.escapeLiteral(typeof value === "string" ? value : JSON.stringify(value));
  };
  await client.query(`PREPARE allies_plan AS ${sql}`);
  try {
    const arguments_ = values.length > 0 ? `(${values.map(literal).join(", ")})` : "";
    const { rows } = await client.query<{ "QUERY PLAN": Explained[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE allies_plan${arguments_}`);
    return rows[0]!["QUERY PLAN"][0]!;
  } finally {
    await client.query("DEALLOCATE allies_plan");
  }
}

// A write (an export's audit line) is only planned.
async function explainWrite(db: Db, sql: string, values: unknown[]): Promise<Explained> {
  const [row] = (await db.$queryRawUnsafe(`EXPLAIN (FORMAT JSON) ${sql}`, ...values)) as { "QUERY PLAN": Explained[] }[];
  return row!["QUERY PLAN"][0]!;
}

const settings = {
  programmes: Number(process.env.BENCH_PROGRAMMES ?? 100),
  years: Number(process.env.BENCH_YEARS ?? 10),
  dinnersPerYear: 5,
  actionsPerDinner: 6,
  membersPerProgramme: 12,
  signalsPerMonth: 8,
  runs: Number(process.env.BENCH_RUNS ?? 50),
  warmup: 5,
};

// A seeded generator, so every run picks the same programmes and members.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The bulk fill is shared with `npm run bench:http` (bench/support/bulk.ts).
const fill = (db: Db, now: Date) => fillBulk(db, settings, now);

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(sorted[0]!), maxMs: round(sorted.at(-1)!) };
}

async function main() {
  const started = Date.now();
  console.log("Starting PostgreSQL (DATABASE_URL's server if set, else an embedded one)…");
  const server = await startTestServer();
  const database = await createThrowawayDatabase(server.serverUrl, "allies_bench");
  let db: Db | undefined;
  try {
    await applyMigrations(database.url, { log: () => {} });
    db = createPrismaClient(database.url);
    replaceDbClient(db); // the lib functions' `db`
    const now = new Date();

    console.log(`Filling ${settings.programmes} programmes × ${settings.years} years (${settings.dinnersPerYear} dinners a year, ${settings.actionsPerDinner} actions a dinner)…`);
    const fillStarted = performance.now();
    const { programmes, totals } = await fill(db, now);
    const fillSeconds = Math.round((performance.now() - fillStarted) / 100) / 10;
    console.log(`Filled in ${fillSeconds} s:`, totals);

    // The regional view (issue 13): one regional coordinator appointed for 1,000 programmes.
    const region = await regionWithProgrammes(Number(process.env.BENCH_REGIONAL_PROGRAMMES ?? 1000), now);
    await db.$executeRawUnsafe("ANALYZE");
    const next = random(42);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const viewers = new Map<string, Viewer>();
    const viewerFor = async (personId: string) => {
      if (!viewers.has(personId)) viewers.set(personId, (await loadViewer(personId))!);
      return viewers.get(personId)!;
    };
    // Each run: a random programme and one of its members, looked up before the clock starts.
    const cases = await Promise.all(
      Array.from({ length: settings.runs + settings.warmup }, async () => {
        const programme = pick(programmes);
        return { programmeId: programme.id, viewer: await viewerFor(pick(programme.personIds)) };
      }),
    );

    const pages: { page: string; load: (c: (typeof cases)[number]) => Promise<unknown> }[] = [
      // As the page loads it: one statement, with the contact health and (for a coordinator) the first steps.
      { page: "overview", load: (c) => getProgrammeOverview(c.viewer, c.programmeId) },
      {
        page: "follow-up dashboard",
        load: (c) => getFollowUpDashboard(c.viewer, c.programmeId, {}, { limit: 25 }),
      },
      { page: "follow-up CSV (a year)", load: (c) => listFollowUpActions(c.viewer, c.programmeId) },
      { page: "my actions", load: (c) => listMyActions(c.viewer) },
      { page: "tension picture", load: (c) => getTensionPicture(c.viewer, c.programmeId) },
      { page: "regional view (1,000)", load: () => getRegionalView(region.viewer) },
    ];

    const results = [];
    for (const { page, load } of pages) {
      const samples: number[] = [];
      for (const [index, c] of cases.entries()) {
        const t0 = performance.now();
        await load(c);
        if (index >= settings.warmup) samples.push(performance.now() - t0);
      }
      results.push({ page, ...stats(samples) });
    }

    // The plans of every statement of the main pages, for one programme and one of its members.
    const sample = cases[0]!;
    const sessionToken = `bench-session-${sample.viewer.personId}`;
    await db.session.create({ data: { tokenHash: hashSecretToken(sessionToken), personId: sample.viewer.personId, expires: new Date(now.getTime() + 3_600_000) } });
    const nextDinner = await db.dinner.findFirst({ where: { programmeId: sample.programmeId, status: "PLANNED" }, orderBy: { startsAt: "asc" }, select: { id: true } });
    // The overview's coordinator-only parts need the programme's coordinator.
    const coordinator = await db.membership.findFirstOrThrow({ where: { programmeId: sample.programmeId, role: "COORDINATOR", leftAt: null }, select: { personId: true } });
    const coordinatorViewer = await viewerFor(coordinator.personId);
    const busiestTopic = await db.topic.findFirst({ where: { programmeId: sample.programmeId }, orderBy: { actions: { _count: "desc" } }, select: { id: true } });
    const plans = await checkPlans(database.url, db, [
      { page: "viewer (every request)", load: () => viewerFromSessionToken(sessionToken) },
      { page: "start page", load: () => getStartPage(sample.viewer, now) },
      { page: "overview", load: () => getProgrammeOverview(sample.viewer, sample.programmeId, now) },
      { page: "overview (coordinator)", load: () => getProgrammeOverview(coordinatorViewer, sample.programmeId, now) },
      { page: "dinners (year)", load: () => getDinnerYear(sample.viewer, sample.programmeId, undefined, now) },
      { page: "agenda", load: () => getAgenda(sample.viewer, sample.programmeId, nextDinner!.id, now) },
      { page: "actions list", load: () => listActions(sample.viewer, sample.programmeId, {}, now) },
      { page: "topic history", load: () => getTopicHistory(sample.viewer, sample.programmeId, busiestTopic!.id) },
      { page: "follow-up dashboard", load: () => getFollowUpDashboard(sample.viewer, sample.programmeId, {}, { limit: 25 }, now) },
      { page: "follow-up CSV", load: () => listFollowUpActions(sample.viewer, sample.programmeId, {}, {}, now) },
      { page: "my actions", load: () => listMyActions(sample.viewer, now) },
      { page: "tension picture", load: () => getTensionPicture(coordinatorViewer, sample.programmeId, now) },
      { page: "council report (3 years)", load: () => getCouncilReport(coordinatorViewer, sample.programmeId, { from: `${now.getUTCFullYear() - 2}-01-01`, to: `${now.getUTCFullYear()}-12-31` }, now) },
      { page: "plan", load: () => getProgrammePlan(coordinatorViewer, sample.programmeId, now) },
      { page: "readiness", load: () => getReadiness(coordinatorViewer, sample.programmeId) },
      { page: "privacy", load: () => getPrivacyOverview(coordinatorViewer, sample.programmeId) },
      { page: "members", load: () => getMemberDirectory(coordinatorViewer, sample.programmeId) },
      { page: "audit log", load: () => listAuditEvents(coordinatorViewer, sample.programmeId) },
      { page: "account export", load: () => exportPersonalData(coordinatorViewer, now) },
      { page: "regional view (1,000)", load: () => getRegionalView(region.viewer, now) },
    ]);

    const pgVersion = ((await db.$queryRawUnsafe("SHOW server_version")) as { server_version: string }[])[0]?.server_version;
    const report = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, postgres: pgVersion },
      settings,
      data: totals,
      fillSeconds,
      results,
      plans,
    };
    const outDir = path.join(import.meta.dirname ?? __dirname, "out");
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, "results.json"), `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\nServer time per page (ms, ${settings.runs} runs each, random programmes and members):\n`);
    console.log(`${"page".padEnd(26)}${"median".padStart(10)}${"p95".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`);
    for (const r of results) console.log(`${r.page.padEnd(26)}${r.medianMs.toFixed(2).padStart(10)}${r.p95Ms.toFixed(2).padStart(10)}${r.minMs.toFixed(2).padStart(10)}${r.maxMs.toFixed(2).padStart(10)}`);
    console.log(`\nQuery plans on the bulk database (no Seq Scan on ${growingTables.join(", ")}):`);
    for (const c of plans.checked)
      console.log(`  ${c.page.padEnd(26)}${String(c.statements).padStart(3)} statements ${c.executionMs.toFixed(1).padStart(6)} ms in PostgreSQL  ${c.seqScans.length === 0 ? "ok" : `Seq Scan on ${c.seqScans.join(", ")}`}${c.slowest ? `  slowest ${c.slowest.ms.toFixed(1)} ms: ${c.slowest.sql}` : ""}`);
    if (plans.failures.length > 0) {
      console.log(`\n${plans.failures.join("\n")}`);
      process.exitCode = 1;
    }
    console.log(`\nWritten to bench/out/results.json. Total time ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    replaceDbClient(undefined);
    await db?.$disconnect();
    await database.drop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

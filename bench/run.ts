// `npm run bench`: server time of the overview, the follow-up dashboard and "my actions"
// on a large database (100 programmes × 10 years of dinners and actions). See bench/README.md.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { listMyActions } from "@/lib/actions/list-my-actions";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { replaceDbClient } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { createThrowawayDatabase } from "@/lib/db/test-databases";
import { bulkFillProgramme } from "@/lib/demo/bulk-fill";
import { createProgramme } from "@/lib/demo/factories";
import { getFollowUpDashboard } from "@/lib/follow-up/get-follow-up-dashboard";
import { listFollowUpActions } from "@/lib/follow-up/list-follow-up-actions";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { startTestServer } from "@/tests/setup/test-server";

const settings = {
  programmes: Number(process.env.BENCH_PROGRAMMES ?? 100),
  years: Number(process.env.BENCH_YEARS ?? 10),
  dinnersPerYear: 5,
  actionsPerDinner: 6,
  membersPerProgramme: 12,
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

const parties = ["MUNICIPALITY", "POLICE", "COMMUNITY"] as const;

async function fill(db: Db, now: Date) {
  const programmes: { id: string; personIds: string[] }[] = [];
  const totals = { programmes: 0, people: 0, dinners: 0, actions: 0, owners: 0, updates: 0, rsvps: 0 };
  for (let p = 0; p < settings.programmes; p++) {
    const programme = await createProgramme(db, { name: `Bench programme ${p + 1}` });
    const people = Array.from({ length: settings.membersPerProgramme }, (_, m) => ({ id: `bench-${p}-${m}`, name: `Member ${m + 1} of ${p + 1}`, email: `bench-${p}-${m}@example.test` }));
    await db.person.createMany({ data: people });
    const memberships = people.map((person, m) => ({
      id: `bench-m-${p}-${m}`,
      programmeId: programme.id,
      personId: person.id,
      party: parties[m % parties.length]!,
      role: m === 0 ? ("COORDINATOR" as const) : m === 1 ? ("POLICE_LIAISON" as const) : ("ALLY" as const),
      joinedAt: new Date(now.getTime() - 11 * 365 * 86_400_000),
    }));
    // Like a real city: one ally of the previous programme belongs to this one too.
    if (p > 0) memberships.push({ id: `bench-m-${p}-x`, programmeId: programme.id, personId: `bench-${p - 1}-2`, party: "COMMUNITY", role: "ALLY", joinedAt: memberships[0]!.joinedAt });
    await db.membership.createMany({ data: memberships });
    const topics = await db.topic.findMany({ where: { programmeId: programme.id }, select: { id: true } });
    const filled = await bulkFillProgramme(db, {
      programmeId: programme.id,
      membershipIds: memberships.map((m) => m.id),
      topicIds: topics.map((t) => t.id),
      dinners: settings.years * settings.dinnersPerYear + 1,
      actionsPerDinner: settings.actionsPerDinner,
      spacingDays: Math.round(365 / settings.dinnersPerYear),
      rsvps: true,
      now,
    });
    programmes.push({ id: programme.id, personIds: people.map((person) => person.id) });
    totals.programmes++;
    totals.people += people.length;
    totals.dinners += filled.dinners;
    totals.actions += filled.actions;
    totals.owners += filled.owners;
    totals.updates += filled.updates;
    totals.rsvps += filled.rsvps;
    if ((p + 1) % 10 === 0) process.stdout.write(`  ${p + 1}/${settings.programmes} programmes\n`);
  }
  await db.$executeRawUnsafe("ANALYZE");
  return { programmes, totals };
}

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
      { page: "overview", load: (c) => getProgrammeOverview(c.viewer, c.programmeId) },
      {
        page: "follow-up dashboard",
        load: (c) => Promise.all([getFollowUpDashboard(c.viewer, c.programmeId), listFollowUpActions(c.viewer, c.programmeId, {}, { limit: 100 })]),
      },
      { page: "follow-up CSV (a year)", load: (c) => listFollowUpActions(c.viewer, c.programmeId) },
      { page: "my actions", load: (c) => listMyActions(c.viewer) },
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

    const pgVersion = ((await db.$queryRawUnsafe("SHOW server_version")) as { server_version: string }[])[0]?.server_version;
    const report = {
      date: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, postgres: pgVersion },
      settings,
      data: totals,
      fillSeconds,
      results,
    };
    const outDir = path.join(import.meta.dirname ?? __dirname, "out");
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, "results.json"), `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\nServer time per page (ms, ${settings.runs} runs each, random programmes and members):\n`);
    console.log(`${"page".padEnd(26)}${"median".padStart(10)}${"p95".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`);
    for (const r of results) console.log(`${r.page.padEnd(26)}${r.medianMs.toFixed(2).padStart(10)}${r.p95Ms.toFixed(2).padStart(10)}${r.minMs.toFixed(2).padStart(10)}${r.maxMs.toFixed(2).padStart(10)}`);
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

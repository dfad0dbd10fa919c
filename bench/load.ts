// `npm run bench:load`: N members (BENCH_USERS, default 200) signed in at once against a
// production build, opening their start page, a dinner, its agenda and answering the
// RSVP, for BENCH_SECONDS (default 60) in all, next to a trivial route (/api/health)
// measured in the same run. Prints requests/s, p50/p95/p99 and errors per page and the
// ratio to the trivial route. Not part of `npm test`. See bench/README.md.
//
// Load tool: autocannon (one connection per member, each with its own session cookie).
import os from "node:os";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db/client";
import { percentile, signIn, startProductionServer } from "./support/server";

const users = Number(process.env.BENCH_USERS ?? 200);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);

type Phase = { name: string; method: "GET" | "POST"; path: string; body?: (i: number) => string; headers?: Record<string, string> };

async function main() {
  const { base, databaseUrl, stop } = await startProductionServer("run the load test", "allies_load");
  try {
    const db = createPrismaClient(databaseUrl);
    const programme = await db.programme.findFirstOrThrow({ where: { name: "Allies Schilderswijk" }, select: { id: true } });
    const dinner = await db.dinner.findFirstOrThrow({ where: { programmeId: programme.id, status: "PLANNED", startsAt: { gt: new Date() } }, orderBy: { startsAt: "asc" }, select: { id: true } });
    // N members of the demo programme, each with a session (made here, as a sign-in would).
    const cookies: string[] = [];
    for (let i = 0; i < users; i++) {
      const person = await db.person.create({ data: { name: `Load ${i}`, email: `load-${i}@allies.load` } });
      await db.membership.create({ data: { programmeId: programme.id, personId: person.id, party: (["POLICE", "MUNICIPALITY", "COMMUNITY"] as const)[i % 3]!, role: "ALLY", commitmentAcceptedAt: new Date() } });
      cookies.push(await signIn(db, person.id));
    }
    await db.$disconnect();

    // The RSVP is the dinner page's plain (no-JavaScript) form: its server action id is in the HTML.
    const dinnerPath = `/programmes/${programme.id}/dinners/${dinner.id}`;
    const html = await (await fetch(`${base}${dinnerPath}`, { headers: { cookie: cookies[0]! } })).text();
    const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
    if (!actionField) throw new Error("Could not find the RSVP form's action on the dinner page");
    const boundary = "----alliesload";
    const rsvpBody = (i: number) =>
      [
        [actionField, ""],
        ["programmeId", programme.id],
        ["dinnerId", dinner.id],
        ["response", ["YES", "MAYBE", "NO"][i % 3]!],
        ["returnTo", dinnerPath],
      ]
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join("") + `--${boundary}--\r\n`;

    const phases: Phase[] = [
      { name: "trivial (/api/health)", method: "GET", path: "/api/health" },
      { name: "start page", method: "GET", path: "/" },
      { name: "dinner", method: "GET", path: dinnerPath },
      { name: "agenda", method: "GET", path: `${dinnerPath}/agenda` },
      { name: "RSVP (POST)", method: "POST", path: dinnerPath, body: rsvpBody, headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: base } },
    ];
    console.log(`\nLoad: ${users} members for ${seconds} s, each cycling through ${phases.map((p) => p.name).join(", ")}; ${os.cpus().length} CPUs, load average before ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
    // One run: every connection (member) goes through the pages in turn, the trivial route
    // among them, so all are measured under the same load. Per-page figures come from the
    // response events (autocannon's request iterator says which request just completed).
    const times: number[][] = phases.map(() => []);
    const failed: number[] = phases.map(() => 0);
    let next = 0;
    const instance = autocannon({
      url: base,
      connections: users,
      duration: seconds,
      timeout: 30,
      requests: phases.map((phase) => ({
        method: phase.method,
        path: phase.path,
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          if (context.user === undefined) context.user = next++ % users;
          const user = context.user as number;
          return { ...request, headers: { ...(phase.headers ?? {}), cookie: cookies[user]! }, body: phase.body?.(user) };
        },
      })),
    });
    instance.on("response", (client: { requestIterator: { currentRequestIndex: number } }, statusCode: number, _bytes: number, responseTime: number) => {
      const page = client.requestIterator.currentRequestIndex;
      times[page]?.push(responseTime);
      if (statusCode >= 400) failed[page] = (failed[page] ?? 0) + 1;
    });
    const result = await instance;
    const rows = phases.map((phase, i) => {
      const sorted = [...times[i]!].sort((x, y) => x - y);
      return { page: phase.name, rps: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors: failed[i]!, requests: sorted.length };
    });
    const socketErrors = result.errors + result.timeouts;
    const trivial = rows[0]!;
    console.log("| page | req/s | p50 ms | p95 ms | p99 ms | requests | errors | p50 vs trivial |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(`| ${row.page} | ${row.rps.toFixed(1)} | ${row.p50.toFixed(0)} | ${row.p95.toFixed(0)} | ${row.p99.toFixed(0)} | ${row.requests} | ${row.errors} | ${(row.p50 / trivial.p50).toFixed(1)} |`);
    console.log(`\nSocket errors and timeouts (not tied to a page): ${socketErrors}; load average after ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    const totalErrors = rows.reduce((sum, row) => sum + row.errors, 0) + socketErrors;
    console.log(`\nErrors in total: ${totalErrors}`);
    process.exitCode = totalErrors === 0 ? 0 : 1;
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

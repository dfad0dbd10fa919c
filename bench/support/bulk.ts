// The bulk database of the benchmarks (`npm run bench`, `npm run bench:http`): programmes
// × years of dinners (5 a year), actions, owners, updates, answers, signals and the pulse,
// with createMany (lib/demo/bulk-fill.ts). Extracted from bench/run.ts.
import type { Db } from "@/lib/db/client";
import { bulkFillProgramme, bulkFillSignals } from "@/lib/demo/bulk-fill";
import { createProgramme } from "@/lib/demo/factories";

export type BulkSettings = {
  programmes: number;
  years: number;
  dinnersPerYear: number;
  actionsPerDinner: number;
  membersPerProgramme: number;
  signalsPerMonth: number;
};

const parties = ["MUNICIPALITY", "POLICE", "COMMUNITY"] as const;

export async function fillBulk(db: Db, settings: BulkSettings, now: Date) {
  const programmes: { id: string; personIds: string[] }[] = [];
  const totals = { programmes: 0, people: 0, dinners: 0, actions: 0, owners: 0, updates: 0, rsvps: 0, signals: 0, signalMonthCounts: 0, pulseAnswers: 0 };
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
    // Signals and the pulse (issue 11): 10 years of month counts, the last 12 months of signals.
    const signals = await bulkFillSignals(db, {
      programmeId: programme.id,
      membershipIds: memberships.map((m) => m.id),
      parties: memberships.map((m) => m.party),
      topicIds: topics.map((t) => t.id),
      months: settings.years * 12,
      signalsPerMonth: settings.signalsPerMonth,
      now,
    });
    totals.signals += signals.signals;
    totals.signalMonthCounts += signals.monthCounts;
    totals.pulseAnswers += signals.pulseAnswers;
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


// Ten years (or `years`) of history for an existing programme, e.g. the demo programme the
// authorization matrix's paths point at: dinners, actions, owners, updates and answers of
// its active members.
export async function fillHistoryOf(db: Db, programmeId: string, settings: Pick<BulkSettings, "years" | "dinnersPerYear" | "actionsPerDinner">, now: Date) {
  const memberships = await db.membership.findMany({ where: { programmeId, leftAt: null }, select: { id: true } });
  const topics = await db.topic.findMany({ where: { programmeId }, select: { id: true } });
  return bulkFillProgramme(db, {
    programmeId,
    membershipIds: memberships.map((m) => m.id),
    topicIds: topics.map((t) => t.id),
    dinners: settings.years * settings.dinnersPerYear + 1,
    actionsPerDinner: settings.actionsPerDinner,
    spacingDays: Math.round(365 / settings.dinnersPerYear),
    rsvps: true,
    now,
  });
}

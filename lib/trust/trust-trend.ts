import { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { trustParties, trustStatements, trustThreshold, type TrustStatement } from "./statements";

// One group's result for one dinner and statement: the mean (1-5) when at least
// `trustThreshold` members of the group answered it, otherwise null (hidden). `answers` is
// how many members of the group answered the check at all.
export type TrustCell = { answers: number; mean: Record<TrustStatement, number | null> };
export type TrustDinnerPoint = { dinnerId: string; startsAt: Date; overall: TrustCell; byParty: Record<Party, TrustCell> };

// One row of trustTrendJsonSql's JSON: a dinner's figures, overall (allParties 1) or of one party.
export type TrustTrendRow = {
  programmeId: string;
  dinnerId: string;
  startsAt: Millis;
  allParties: number;
  party: Party | null;
  answers: number;
  keepsPromisesN: number;
  keepsPromises: number | null;
  wouldCallN: number;
  wouldCall: number | null;
  speakFreelyN: number;
  speakFreely: number | null;
};

const hidden: TrustCell = { answers: 0, mean: { keepsPromises: null, wouldCall: null, speakFreely: null } };

function cell(row: TrustTrendRow | undefined): TrustCell {
  if (!row) return hidden;
  const shown = (n: number, mean: number | null) => (n >= trustThreshold && row.answers >= trustThreshold && mean !== null ? Math.round(mean * 10) / 10 : null);
  return {
    answers: row.answers,
    mean: { keepsPromises: shown(row.keepsPromisesN, row.keepsPromises), wouldCall: shown(row.wouldCallN, row.wouldCall), speakFreely: shown(row.speakFreelyN, row.speakFreely) },
  };
}

// The trust trend of several programmes at once, in ONE grouped query whatever their number:
// per held dinner in [from, to), overall and per party, with the anonymity threshold applied
// in trustTrendFromRows, so no caller ever sees a mean of fewer than three answers. Used by
// the follow-up dashboard's trust page; the regional view reads loadTrustTrendRows beside its
// own statement, and the council report embeds trustTrendJsonSql in its own statement
// (decision 029); both decode them the same way.
export async function loadTrustTrend(programmeIds: readonly string[], from: Date, to: Date): Promise<Map<string, TrustDinnerPoint[]>> {
  if (programmeIds.length === 0) return trustTrendFromRows(programmeIds, []);
  return trustTrendFromRows(programmeIds, await loadTrustTrendRows(programmeIds, from, to));
}

// The programmes of a trend: their ids, or an SQL query of their ids (column "id"), so that a
// region's thousand ids need not travel to PostgreSQL (the regional view, regionalScopeSql).
export type TrendProgrammes = readonly string[] | Prisma.Sql;

// The trend's rows, for trustTrendFromRows. Rows, not the one JSON value the council report
// embeds: over a region's thousand programmes PostgreSQL building JSON and Node parsing it
// took 2–3× as long as the rows (regional view p95 27 → 89 ms at 1,000 programmes; bench/README, 029).
// `byParty: false` leaves out the parties' rows (their cells then come out hidden): all that
// latestTrust reads is the overall figure, and the parties' rows were more than half the work.
export function loadTrustTrendRows(programmes: TrendProgrammes, from: Date, to: Date, options: { byParty?: boolean } = {}): Promise<TrustTrendRow[]> {
  return db.$queryRaw<TrustTrendRow[]>`${trustTrendRowsSql(programmes, from, to, options.byParty ?? true)} ORDER BY "startsAt" ASC, "dinnerId" ASC`;
}

// The trust trend's rows as one JSON column (a scalar subquery, never null: '[]' when there
// is nothing), in the order of the dinners: by start, then id.
export function trustTrendJsonSql(programmeIds: readonly string[], from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(r ORDER BY r."startsAt" ASC, r."dinnerId" ASC) FROM (${trustTrendRowsSql(programmeIds, from, to, true)}) r), '[]'::json)`;
}

// The rows themselves: per held dinner, overall (allParties 1) and (byParty) per party. "startsAt" in
// milliseconds as float8 (exact for any date), a plain number both as a row and in JSON.
function trustTrendRowsSql(programmes: TrendProgrammes, from: Date, to: Date, byParty: boolean): Prisma.Sql {
  const source = programmes instanceof Prisma.Sql ? Prisma.sql`(${programmes}) AS g` : Prisma.sql`unnest(${[...programmes]}::text[]) AS g("id")`;
  const dinner = Prisma.sql`d."programmeId", d."id", d."startsAt"`;
  return Prisma.sql`
    SELECT d."programmeId" AS "programmeId", d."id" AS "dinnerId", ${millis('d."startsAt"')}::float8 AS "startsAt",
           ${byParty ? Prisma.sql`GROUPING(tc."party")::int AS "allParties", tc."party"::text AS "party"` : Prisma.sql`1 AS "allParties", NULL::text AS "party"`},
           count(*)::int AS "answers",
           count(tc."keepsPromises")::int AS "keepsPromisesN", avg(tc."keepsPromises")::float8 AS "keepsPromises",
           count(tc."wouldCall")::int AS "wouldCallN", avg(tc."wouldCall")::float8 AS "wouldCall",
           count(tc."speakFreely")::int AS "speakFreelyN", avg(tc."speakFreely")::float8 AS "speakFreely"
    FROM ${source}
    -- Each programme's dinners of the period on its own index range (OFFSET 0 keeps it per
    -- programme): over a region's programmes the planner scanned the whole Dinner table.
    CROSS JOIN LATERAL (
      SELECT d."id", d."programmeId", d."startsAt" FROM "Dinner" d
      WHERE d."programmeId" = g."id" AND d."status" = 'HELD'
        AND d."startsAt" >= ${from.toISOString()}::timestamptz AND d."startsAt" < ${to.toISOString()}::timestamptz
      OFFSET 0
    ) d
    JOIN "TrustCheck" tc ON tc."dinnerId" = d."id"
    GROUP BY ${byParty ? Prisma.sql`GROUPING SETS ((${dinner}), (${dinner}, tc."party"))` : dinner}`;
}

// The trend's rows (as rows or from trustTrendJsonSql) as each programme's points (every programme of `programmeIds`
// has an entry, [] without held dinners with answers), the threshold applied.
export function trustTrendFromRows(programmeIds: readonly string[], rows: readonly TrustTrendRow[]): Map<string, TrustDinnerPoint[]> {
  const result = new Map<string, TrustDinnerPoint[]>(programmeIds.map((id) => [id, []]));
  const byDinner = new Map<string, TrustTrendRow[]>();
  for (const row of rows) byDinner.set(row.dinnerId, [...(byDinner.get(row.dinnerId) ?? []), row]);
  for (const group of byDinner.values()) {
    const first = group[0]!;
    const overall = group.find((r) => r.allParties === 1);
    const byParty = Object.fromEntries(trustParties.map((party) => [party, cell(group.find((r) => r.allParties === 0 && r.party === party))])) as Record<Party, TrustCell>;
    result.get(first.programmeId)?.push({ dinnerId: first.dinnerId, startsAt: new Date(first.startsAt), overall: cell(overall), byParty });
  }
  return result;
}

// The latest shown overall mean of each statement and its change since the previous shown
// one: the "trend" figure of the regional view and the council report.
export function latestTrust(points: readonly TrustDinnerPoint[]) {
  return Object.fromEntries(
    trustStatements.map((statement) => {
      const shown = points.map((p) => p.overall.mean[statement]).filter((m): m is number => m !== null);
      const last = shown.at(-1) ?? null;
      const previous = shown.at(-2) ?? null;
      return [statement, { last, change: last !== null && previous !== null ? Math.round((last - previous) * 10) / 10 : null }];
    }),
  ) as Record<TrustStatement, { last: number | null; change: number | null }>;
}

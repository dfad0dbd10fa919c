import { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import { Prisma } from "@/lib/generated/prisma/client";
import { regionalScopeSql, requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { latestTrust, loadTrustTrendRows, trustTrendFromRows } from "@/lib/trust/trust-trend";

type ProgrammeRow = {
  id: string;
  name: string;
  municipality: string;
  neighbourhood: string;
  dinnersPerYearTarget: number;
  heldThisYear: number;
  lastHeld: Millis | null;
  actionsTotal: number;
  actionsDone: number;
  actionsDropped: number;
};

export type RegionalView = Awaited<ReturnType<typeof getRegionalView>>;

// The regional coordinator's side-by-side view of the programmes they are appointed for:
// cadence (held this calendar year, in each programme's zone, against its target), action
// completion (actions agreed this year: done / not dropped), the trust trend of the last
// twelve months (latest mean per statement, same anonymity threshold as everywhere) and the
// days since the last dinner. Figures only: no names, notes or titles.
//
// Two statements sent together whatever the number of programmes, each finding the region
// itself (regionalScopeSql), so a region's ids never travel: the programmes with their
// figures, and the overall trust rows. Not one statement: at 1,000 programmes the trend as
// JSON per programme cost PostgreSQL 17–26 ms against 15 for both (bench/README, decision 029).
export async function getRegionalView(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  const at = now.toISOString();
  const [programmes, trustRows] = await Promise.all([
    // Per programme, on its own rows (index range scans from the programme): grouping the
    // region's rows scanned the whole Dinner and Action tables (issue 10, decision 025). The
    // calendar year in the programme's zone is worked out once per programme (the CTE).
    db.$queryRaw<ProgrammeRow[]>`
      WITH region AS MATERIALIZED (
        SELECT p."id", p."name", p."municipality", p."neighbourhood", p."dinnersPerYearTarget",
               date_trunc('year', ${at}::timestamptz AT TIME ZONE p."timeZone") AT TIME ZONE p."timeZone" AS "yearStart",
               (date_trunc('year', ${at}::timestamptz AT TIME ZONE p."timeZone") + interval '1 year') AT TIME ZONE p."timeZone" AS "yearEnd"
        FROM "Programme" p WHERE ${regionalScopeSql(me, "p")}
      )
      SELECT r."id", r."name", r."municipality", r."neighbourhood", r."dinnersPerYearTarget", y."heldThisYear",
             -- The last dinner held is this year's last when there is one; else looked up (only then).
             COALESCE(y."lastHeld", (SELECT ${millis('max(d."startsAt")')} FROM "Dinner" d
               WHERE d."programmeId" = r."id" AND d."status" = 'HELD' AND d."startsAt" <= ${at}::timestamptz))::float8 AS "lastHeld",
             a."actionsTotal", a."actionsDone", a."actionsDropped"
      FROM region r CROSS JOIN LATERAL (
        SELECT count(*)::int AS "heldThisYear", ${millis('max(d."startsAt")')} AS "lastHeld" FROM "Dinner" d
        WHERE d."programmeId" = r."id" AND d."status" = 'HELD' AND d."startsAt" >= r."yearStart" AND d."startsAt" <= ${at}::timestamptz
      ) y CROSS JOIN LATERAL (
        -- Actions agreed this calendar year.
        SELECT count(*)::int AS "actionsTotal",
               count(*) FILTER (WHERE a."status" = 'DONE')::int AS "actionsDone",
               count(*) FILTER (WHERE a."status" = 'DROPPED')::int AS "actionsDropped"
        FROM "Action" a
        WHERE a."programmeId" = r."id" AND a."createdAt" >= r."yearStart" AND a."createdAt" < r."yearEnd"
      ) a
      ORDER BY r."municipality" ASC, r."name" ASC`,
    loadTrustTrendRows(Prisma.sql`SELECT p."id" FROM "Programme" p WHERE ${regionalScopeSql(me, "p")}`, yearAgo, now, { byParty: false }),
  ]);
  if (programmes.length === 0) throw new NotFoundError();
  const trust = trustTrendFromRows(programmes.map((p) => p.id), trustRows);

  return programmes.map((programme) => {
    const counted = programme.actionsTotal - programme.actionsDropped;
    return {
      id: programme.id,
      name: programme.name,
      place: `${programme.neighbourhood}, ${programme.municipality}`,
      held: programme.heldThisYear,
      target: programme.dinnersPerYearTarget,
      actions: { total: programme.actionsTotal, done: programme.actionsDone, completionRate: counted > 0 ? programme.actionsDone / counted : null },
      trust: latestTrust(trust.get(programme.id) ?? []),
      daysSinceLastDinner: programme.lastHeld !== null ? Math.floor((now.getTime() - programme.lastHeld) / 86_400_000) : null,
    };
  });
}

import { db } from "@/lib/db";
import { regionalScope, requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { latestTrust, loadTrustTrend } from "@/lib/trust/trust-trend";

type DinnerRow = { programmeId: string; heldThisYear: number; lastHeld: Date | null };
type ActionRow = { programmeId: string; total: number; done: number; dropped: number };

export type RegionalView = Awaited<ReturnType<typeof getRegionalView>>;

// The regional coordinator's side-by-side view of the programmes they are appointed for:
// cadence (held this calendar year, in each programme's zone, against its target), action
// completion (actions agreed this year: done / not dropped), the trust trend of the last
// twelve months (latest mean per statement, same anonymity threshold as everywhere) and the
// days since the last dinner. Figures only: no names, notes or titles. Four queries whatever
// the number of programmes (grouped by programme).
export async function getRegionalView(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  const programmes = await db.programme.findMany({
    where: regionalScope(me),
    orderBy: [{ municipality: "asc" }, { name: "asc" }],
    select: { id: true, name: true, municipality: true, neighbourhood: true, dinnersPerYearTarget: true },
  });
  if (programmes.length === 0) throw new NotFoundError();
  const ids = programmes.map((p) => p.id);
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);

  const [dinners, actions, trust] = await Promise.all([
    // Per programme, on its own rows (index range scans from the programme): grouping the
    // region's rows scanned the whole Dinner and Action tables (issue 10, decision 025).
    db.$queryRaw<DinnerRow[]>`
      SELECT p."id" AS "programmeId",
             (SELECT count(*)::int FROM "Dinner" d
               WHERE d."programmeId" = p."id" AND d."status" = 'HELD' AND d."startsAt" <= ${now.toISOString()}::timestamptz
                 AND d."startsAt" >= date_trunc('year', ${now.toISOString()}::timestamptz AT TIME ZONE p."timeZone") AT TIME ZONE p."timeZone") AS "heldThisYear",
             (SELECT max(d."startsAt") FROM "Dinner" d WHERE d."programmeId" = p."id" AND d."status" = 'HELD' AND d."startsAt" <= ${now.toISOString()}::timestamptz) AS "lastHeld"
      FROM "Programme" p WHERE p."id" = ANY(${ids}::text[])`,
    // Actions agreed this calendar year in the programme's zone.
    db.$queryRaw<ActionRow[]>`
      SELECT p."id" AS "programmeId", x."total", x."done", x."dropped"
      FROM "Programme" p CROSS JOIN LATERAL (
        SELECT count(*)::int AS "total",
               count(*) FILTER (WHERE a."status" = 'DONE')::int AS "done",
               count(*) FILTER (WHERE a."status" = 'DROPPED')::int AS "dropped"
        FROM "Action" a
        WHERE a."programmeId" = p."id"
          AND a."createdAt" >= date_trunc('year', ${now.toISOString()}::timestamptz AT TIME ZONE p."timeZone") AT TIME ZONE p."timeZone"
          AND a."createdAt" < (date_trunc('year', ${now.toISOString()}::timestamptz AT TIME ZONE p."timeZone") + interval '1 year') AT TIME ZONE p."timeZone"
      ) x
      WHERE p."id" = ANY(${ids}::text[])`,
    loadTrustTrend(ids, yearAgo, now),
  ]);

  const dinnersOf = new Map(dinners.map((row) => [row.programmeId, row]));
  const actionsOf = new Map(actions.map((row) => [row.programmeId, row]));
  return programmes.map((programme) => {
    const d = dinnersOf.get(programme.id);
    const a = actionsOf.get(programme.id);
    const counted = (a?.total ?? 0) - (a?.dropped ?? 0);
    return {
      id: programme.id,
      name: programme.name,
      place: `${programme.neighbourhood}, ${programme.municipality}`,
      held: d?.heldThisYear ?? 0,
      target: programme.dinnersPerYearTarget,
      actions: { total: a?.total ?? 0, done: a?.done ?? 0, completionRate: counted > 0 ? (a?.done ?? 0) / counted : null },
      trust: latestTrust(trust.get(programme.id) ?? []),
      daysSinceLastDinner: d?.lastHeld ? Math.floor((now.getTime() - d.lastHeld.getTime()) / 86_400_000) : null,
    };
  });
}

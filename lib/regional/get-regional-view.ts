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
    db.$queryRaw<DinnerRow[]>`
      SELECT d."programmeId" AS "programmeId",
             count(*) FILTER (WHERE date_part('year', d."startsAt" AT TIME ZONE p."timeZone") = date_part('year', ${now.toISOString()}::timestamptz AT TIME ZONE p."timeZone"))::int AS "heldThisYear",
             max(d."startsAt") AS "lastHeld"
      FROM "Dinner" d JOIN "Programme" p ON p."id" = d."programmeId"
      WHERE d."programmeId" = ANY(${ids}::text[]) AND d."status" = 'HELD' AND d."startsAt" <= ${now.toISOString()}::timestamptz
      GROUP BY d."programmeId"`,
    db.$queryRaw<ActionRow[]>`
      SELECT a."programmeId" AS "programmeId", count(*)::int AS "total",
             count(*) FILTER (WHERE a."status" = 'DONE')::int AS "done",
             count(*) FILTER (WHERE a."status" = 'DROPPED')::int AS "dropped"
      FROM "Action" a JOIN "Programme" p ON p."id" = a."programmeId"
      WHERE a."programmeId" = ANY(${ids}::text[])
        AND date_part('year', a."createdAt" AT TIME ZONE p."timeZone") = date_part('year', ${now.toISOString()}::timestamptz AT TIME ZONE p."timeZone")
      GROUP BY a."programmeId"`,
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

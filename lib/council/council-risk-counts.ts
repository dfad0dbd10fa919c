import { Prisma } from "@/lib/generated/prisma/client";
import type { CouncilPeriod } from "./council-period";

export type RiskCount = { topicId: string | null; level: number; count: number };

// Each count is a JSON column: a scalar subquery the council report embeds in its one
// statement (decision 029), decoded with riskCountsFromJson. The SQL never yields null ('[]' when there is nothing); null would
// mean "not available" (the report then says so) and stays null when decoded.

// Signals (issue 11) reported in the period, per topic and level: the sums of the monthly
// counts (SignalMonthCount, which outlive the signals themselves under retention) of the
// months that start in the period. Counts only, never a signal's text or who reported it.
export function signalCountsJsonSql(programmeId: string, period: CouncilPeriod): Prisma.Sql {
  const firstMonth = `${period.from.slice(0, 7)}-01`;
  return Prisma.sql`COALESCE((SELECT json_agg(c ORDER BY c."level" DESC, c."topicId") FROM (
    SELECT s."topicId" AS "topicId", s."level" AS "level", sum(s."count")::int AS "count"
    FROM "SignalMonthCount" s
    WHERE s."programmeId" = ${programmeId} AND s."month" >= ${firstMonth}::date AND s."month" <= ${period.to}::date
    GROUP BY s."topicId", s."level") c), '[]'::json)`;
}

// Incidents (issue 12) opened in the period, per topic and level: counts only, never what
// happened or who was involved. Proposals that were never opened do not count.
export function incidentCountsJsonSql(programmeId: string, period: CouncilPeriod): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(c ORDER BY c."level" DESC, c."topicId") FROM (
    SELECT i."topicId" AS "topicId", i."level" AS "level", count(*)::int AS "count"
    FROM "Incident" i
    WHERE i."programmeId" = ${programmeId} AND i."openedAt" >= ${period.start.toISOString()}::timestamptz AND i."openedAt" < ${period.end.toISOString()}::timestamptz
    GROUP BY i."topicId", i."level") c), '[]'::json)`;
}

// A count column as the report's counts: no topic is null (SignalMonthCount keeps it as ''),
// and a topic and level whose sum came to 0 is left out.
export function riskCountsFromJson(rows: readonly RiskCount[] | null): RiskCount[] | null {
  if (rows === null) return null;
  return rows.map((r) => ({ topicId: r.topicId || null, level: r.level, count: r.count })).filter((r) => r.count > 0);
}

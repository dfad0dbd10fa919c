import { db } from "@/lib/db";
import type { CouncilPeriod } from "./council-period";

export type RiskCount = { topicId: string | null; level: number; count: number };

// Signals (issue 11) reported in the period, per topic and level: the sums of the monthly
// counts (SignalMonthCount, which outlive the signals themselves under retention) of the
// months that start in the period. Counts only, never a signal's text or who reported it.
// Null would mean "not available" (the report then says so).
export async function loadSignalCounts(programmeId: string, period: CouncilPeriod): Promise<RiskCount[] | null> {
  const rows = await db.signalMonthCount.groupBy({
    by: ["topicId", "level"],
    where: { programmeId, month: { gte: new Date(`${period.from.slice(0, 7)}-01T00:00:00Z`), lte: new Date(`${period.to}T00:00:00Z`) } },
    _sum: { count: true },
    orderBy: [{ level: "desc" }],
  });
  return rows.map((r) => ({ topicId: r.topicId || null, level: r.level, count: r._sum.count ?? 0 })).filter((r) => r.count > 0);
}

// Incidents (issue 12) opened in the period, per topic and level: counts only, never what
// happened or who was involved. Proposals that were never opened do not count.
export async function loadIncidentCounts(programmeId: string, period: CouncilPeriod): Promise<RiskCount[] | null> {
  const rows = await db.incident.groupBy({
    by: ["topicId", "level"],
    where: { programmeId, openedAt: { gte: period.start, lt: period.end } },
    _count: { _all: true },
    orderBy: [{ level: "desc" }],
  });
  return rows.map((r) => ({ topicId: r.topicId, level: r.level, count: r._count._all }));
}

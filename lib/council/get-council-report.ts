import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { programmeTopicsJson, type TopicJson } from "@/lib/topics/topics-json";
import type { ActionLead, DinnerStatus, Party, TopicKey } from "@/lib/generated/prisma/enums";
import { latestTrust, trustTrendFromRows, trustTrendJsonSql, type TrustTrendRow } from "@/lib/trust/trust-trend";
import { councilPeriod } from "./council-period";
import { incidentCountsJsonSql, riskCountsFromJson, signalCountsJsonSql, type RiskCount } from "./council-risk-counts";

type ActionRow = { byParty: number; byTopic: number; leadParty: ActionLead | null; topicId: string | null; agreed: number; done: number; dropped: number; open: number; medianDaysToDone: number | null };
type AttendanceRow = { party: Party; attendances: number; dinnersWithParty: number };
type ReportRow = {
  name: string;
  municipality: string;
  neighbourhood: string;
  policeTeam: string;
  dinnersPerYearTarget: number;
  dinners: Partial<Record<DinnerStatus, number>> | null;
  attendance: AttendanceRow[];
  topicsDiscussed: { topicId: string | null; items: number; dinners: number }[];
  actions: ActionRow[];
  topics: TopicJson[];
  trust: TrustTrendRow[];
  signals: RiskCount[] | null;
  incidents: RiskCount[] | null;
};

export type CouncilReport = Awaited<ReturnType<typeof getCouncilReport>>;

const parties: Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];
const leads: ActionLead[] = ["POLICE", "MUNICIPALITY", "COMMUNITY", "JOINT"];

// The report a coordinator hands to the city council and the mayor, for a period (default
// the last calendar year). Figures only: NO personal data (no names, e-mail addresses,
// phone numbers, and no text members wrote: no agenda notes, action titles or updates).
// Topics are named by their label (a standard topic's translated name or the programme's
// own topic name). ONE statement whatever the data size: the trust trend and the signal and
// incident counts come as JSON columns from the same SQL their loaders run (trust-trend.ts,
// council-risk-counts.ts), as each statement costs the CPU-bound server of its own (it was
// four side by side; decision 029).
export async function getCouncilReport(viewer: Viewer | null, programmeId: string, requested: { from?: string | null; to?: string | null } = {}, now = new Date()) {
  const { membership } = authorize(viewer, "council.report", programmeId);
  const period = councilPeriod(requested, membership.timeZone, now);
  const start = period.start.toISOString();
  const end = period.end.toISOString();

  // The programme, its own figures and, as JSON columns, the trust trend and the signal and
  // incident counts: the SQL of their loaders, decoded as the loaders decode it.
  const [row] = await db.$queryRaw<ReportRow[]>`
    SELECT g."name", g."municipality", g."neighbourhood", g."policeTeam", g."dinnersPerYearTarget",
      (SELECT json_object_agg(c."status", c."count") FROM (
        SELECT d."status", count(*)::int AS "count" FROM "Dinner" d
        WHERE d."programmeId" = ${programmeId} AND d."startsAt" >= ${start}::timestamptz AND d."startsAt" < ${end}::timestamptz
        GROUP BY d."status") c) AS "dinners",
      COALESCE((SELECT json_agg(c) FROM (
        SELECT m."party"::text AS "party", count(*)::int AS "attendances", count(DISTINCT r."dinnerId")::int AS "dinnersWithParty"
        FROM "Rsvp" r JOIN "Dinner" d ON d."id" = r."dinnerId" JOIN "Membership" m ON m."id" = r."membershipId"
        WHERE d."programmeId" = ${programmeId} AND d."status" = 'HELD' AND r."attended" = true
          AND d."startsAt" >= ${start}::timestamptz AND d."startsAt" < ${end}::timestamptz
        GROUP BY m."party") c), '[]'::json) AS "attendance",
      COALESCE((SELECT json_agg(c) FROM (
        SELECT a."topicId" AS "topicId", count(*)::int AS "items", count(DISTINCT a."dinnerId")::int AS "dinners"
        FROM "AgendaItem" a JOIN "Dinner" d ON d."id" = a."dinnerId"
        WHERE d."programmeId" = ${programmeId} AND d."status" = 'HELD'
          AND d."startsAt" >= ${start}::timestamptz AND d."startsAt" < ${end}::timestamptz
        GROUP BY a."topicId") c), '[]'::json) AS "topicsDiscussed",
      COALESCE((SELECT json_agg(c) FROM (
        SELECT GROUPING(a."leadParty")::int AS "byParty", GROUPING(a."topicId")::int AS "byTopic",
               a."leadParty"::text AS "leadParty", a."topicId" AS "topicId",
               count(*)::int AS "agreed",
               count(*) FILTER (WHERE a."status" = 'DONE')::int AS "done",
               count(*) FILTER (WHERE a."status" = 'DROPPED')::int AS "dropped",
               count(*) FILTER (WHERE a."status" IN ('OPEN', 'IN_PROGRESS'))::int AS "open",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM a."completedAt" - a."createdAt") / 86400)::float8)
                 FILTER (WHERE a."status" = 'DONE' AND a."completedAt" IS NOT NULL) AS "medianDaysToDone"
        FROM "Action" a
        WHERE a."programmeId" = ${programmeId} AND a."createdAt" >= ${start}::timestamptz AND a."createdAt" < ${end}::timestamptz
        GROUP BY GROUPING SETS ((), (a."leadParty"), (a."topicId"))) c), '[]'::json) AS "actions",
      ${programmeTopicsJson(programmeId)} AS "topics",
      ${trustTrendJsonSql([programmeId], period.start, period.end)} AS "trust",
      ${signalCountsJsonSql(programmeId, period)} AS "signals",
      ${incidentCountsJsonSql(programmeId, period)} AS "incidents"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  const { dinners, attendance, topicsDiscussed, actions, topics } = row;
  const trust = trustTrendFromRows([programmeId], row.trust);
  const signals = riskCountsFromJson(row.signals);
  const incidents = riskCountsFromJson(row.incidents);
  const programme = { ...row, timeZone: membership.timeZone };

  const count = (status: DinnerStatus) => dinners?.[status] ?? 0;
  const held = count("HELD");
  const target = Math.round((programme.dinnersPerYearTarget * period.days) / 365);
  const figures = (row: ActionRow | undefined) => ({
    agreed: row?.agreed ?? 0,
    done: row?.done ?? 0,
    dropped: row?.dropped ?? 0,
    open: row?.open ?? 0,
    medianDaysToDone: row?.medianDaysToDone == null ? null : Math.round(row.medianDaysToDone),
  });
  const topicOf = (id: string | null) => {
    const topic = topics.find((t) => t.id === id);
    return topic ? { id: topic.id, key: topic.key as TopicKey | null, name: topic.name } : null;
  };
  const trustPoints = trust.get(programmeId) ?? [];

  return {
    programme: { name: programme.name, municipality: programme.municipality, neighbourhood: programme.neighbourhood, policeTeam: programme.policeTeam, timeZone: programme.timeZone },
    period: { from: period.from, to: period.to },
    dinners: { held, target, cancelled: count("CANCELLED"), planned: count("PLANNED") },
    attendance: parties.map((party) => {
      const row = attendance.find((a) => a.party === party);
      return { party, attendances: row?.attendances ?? 0, dinnersWithParty: row?.dinnersWithParty ?? 0, perDinner: held > 0 && row ? Math.round((row.attendances / held) * 10) / 10 : 0 };
    }),
    topicsDiscussed: topicsDiscussed
      .map((row) => ({ topic: topicOf(row.topicId), items: row.items, dinners: row.dinners }))
      .sort((a, b) => b.items - a.items),
    actions: {
      totals: figures(actions.find((r) => r.byParty === 1 && r.byTopic === 1)),
      byParty: leads.map((lead) => ({ lead, ...figures(actions.find((r) => r.byParty === 0 && r.leadParty === lead)) })),
      byTopic: actions.filter((r) => r.byTopic === 0).map((r) => ({ topic: topicOf(r.topicId), ...figures(r) })).sort((a, b) => b.agreed - a.agreed),
    },
    trust: { points: trustPoints, latest: latestTrust(trustPoints) },
    // Counts per topic and level only (null: not available, see council-risk-counts.ts).
    signals: signals?.map((c) => ({ topic: topicOf(c.topicId || null), level: c.level, count: c.count })) ?? null,
    incidents: incidents?.map((c) => ({ topic: topicOf(c.topicId || null), level: c.level, count: c.count })) ?? null,
  };
}

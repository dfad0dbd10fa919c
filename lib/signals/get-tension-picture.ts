import { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Party, SignalSource, SignalStatus, Visibility } from "@/lib/generated/prisma/enums";
import { fromTopicJson, programmeTopicsJson, type TopicJson } from "@/lib/topics/topics-json";
import { tensionInputsSince } from "./load-tension-inputs";
import { pictureSignalsSql, readableSignalsSql } from "./signal-visibility";
import { tensionPicture, windowDays, type SignalInput } from "./tension-rule";
import { buildTrend, minimumPartyAnswers, monthsBack } from "./trend";

type PictureRow = {
  topics: TopicJson[];
  areas: { id: string; name: string; archivedAt: string | null }[];
  signalCounts: { month: string; level: number; count: number }[];
  pulseCounts: { month: string; level: number; count: number }[];
  pulseInputs: { at: Millis; level: number }[];
  lastRound: { opensAt: Millis; closesAt: Millis; answers: { party: Party; level: number; remark: string | null }[] } | null;
  // The rule's inputs (the signals of loadTensionInputs, as the viewer's picture allows).
  pictureSignals: (Omit<SignalInput, "createdAt"> & { createdAt: Millis })[];
  // The signals listed: readable, of the last windowDays, newest first, at most 100.
  signals: {
    id: string; text: string; level: number; source: SignalSource; visibility: Visibility; status: SignalStatus; createdAt: Millis;
    topicId: string | null; areaId: string | null; authorId: string | null;
  }[];
};

// The tension picture of a programme (docs/tension-picture.md): the level now per topic
// and per area, the two-year trend, the latest pulse round and the signals behind it, as
// far as the viewer may read them. ONE statement whatever the history (decision 026): the
// signals come through the SQL twins of their visibility rules (./signal-visibility.ts), both
// on the index Signal(programmeId, createdAt) (the twins scope to the viewer's programme). It
// was three statements in one round trip, but every statement costs the Node server CPU of
// its own (Prisma's query path, a write that wakes PostgreSQL), and this page is bound by
// that CPU (decision 029).
// The pulse trend looks up each round's answers by its index: as a plain join the planner
// hashed the answers of every programme whenever that table was small enough (6–10 ms at 20
// programmes × 10 years, 0.65 ms now; at 100 × 10 it already chose the lookups, 0.65 ms).
export async function getTensionPicture(viewer: Viewer | null, programmeId: string, now = new Date()) {
  const { membership } = authorize(viewer, "signal.view", programmeId);
  const professional = isProfessional(membership);
  const months = monthsBack(now, 24);
  const monthStart = (month: string) => new Date(`${month}-01T00:00:00.000Z`);
  const trendStart = monthStart(months[0]!);
  const windowStart = new Date(now.getTime() - windowDays * 86_400_000);
  const since = tensionInputsSince(now);
  const [row] = await db.$queryRaw<PictureRow[]>`
    SELECT
      ${programmeTopicsJson(programmeId)} AS "topics",
      COALESCE((SELECT json_agg(json_build_object('id', a."id", 'name', a."name", 'archivedAt', a."archivedAt") ORDER BY a."name")
                FROM "SignalArea" a WHERE a."programmeId" = ${programmeId}), '[]'::json) AS "areas",
      -- The kept monthly counts (community members' picture: signals for all members only).
      COALESCE((SELECT json_agg(c) FROM (
        SELECT to_char(s."month", 'YYYY-MM') AS "month", s."level", sum(s."count")::int AS "count" FROM "SignalMonthCount" s
        WHERE s."programmeId" = ${programmeId} AND s."month" >= ${trendStart} AND (${professional} OR s."visibility" = 'ALL_MEMBERS')
        GROUP BY s."month", s."level") c), '[]'::json) AS "signalCounts",
      -- Pulse answers by the month (UTC) their round opened, formatted once per month. OFFSET 0
      -- keeps the lateral from being flattened into a join: each round's answers by its index.
      COALESCE((SELECT json_agg(c) FROM (
        SELECT to_char(date_trunc('month', r."opensAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS "month", a."level", count(*)::int AS "count"
        FROM "PulseRound" r CROSS JOIN LATERAL (SELECT a."level" FROM "PulseAnswer" a WHERE a."roundId" = r."id" OFFSET 0) a
        WHERE r."programmeId" = ${programmeId} AND r."opensAt" >= ${trendStart} AND r."opensAt" <= ${now}
        GROUP BY date_trunc('month', r."opensAt" AT TIME ZONE 'UTC'), a."level") c), '[]'::json) AS "pulseCounts",
      COALESCE((SELECT json_agg(json_build_object('at', ${millis('r."opensAt"')}, 'level', a."level"))
                FROM "PulseRound" r JOIN "PulseAnswer" a ON a."roundId" = r."id"
                WHERE r."programmeId" = ${programmeId} AND r."opensAt" >= ${since} AND r."opensAt" <= ${now}), '[]'::json) AS "pulseInputs",
      (SELECT json_build_object('opensAt', ${millis('r."opensAt"')}, 'closesAt', ${millis('r."closesAt"')},
                                'answers', (SELECT json_agg(json_build_object('party', a."party", 'level', a."level", 'remark', a."remark")) FROM "PulseAnswer" a WHERE a."roundId" = r."id"))
       FROM "PulseRound" r
       WHERE r."programmeId" = ${programmeId} AND r."opensAt" <= ${now} AND EXISTS (SELECT 1 FROM "PulseAnswer" a WHERE a."roundId" = r."id")
       ORDER BY r."opensAt" DESC LIMIT 1) AS "lastRound",
      COALESCE((SELECT json_agg(json_build_object('createdAt', ${millis('s."createdAt"')}, 'level', s."level", 'source', s."source", 'topicId', s."topicId", 'areaId', s."areaId"))
                FROM "Signal" s
                WHERE ${pictureSignalsSql(membership, "s")} AND s."createdAt" >= ${since} AND s."createdAt" <= ${now}), '[]'::json) AS "pictureSignals",
      COALESCE((SELECT json_agg(json_build_object('id', l."id", 'text', l."text", 'level', l."level", 'source', l."source", 'visibility', l."visibility",
                                                  'status', l."status", 'createdAt', ${millis('l."createdAt"')}, 'topicId', l."topicId", 'areaId', l."areaId",
                                                  'authorId', l."authorId") ORDER BY l."createdAt" DESC, l."id") FROM (
        SELECT s."id", s."text", s."level", s."source", s."visibility", s."status", s."createdAt", s."topicId", s."areaId", s."authorId" FROM "Signal" s
        WHERE ${readableSignalsSql(membership, "s")} AND s."createdAt" >= ${windowStart}
        ORDER BY s."createdAt" DESC, s."id" LIMIT 100) l), '[]'::json) AS "signals"`;
  const { signalCounts, pulseCounts } = row!;
  const topics = row!.topics.map(fromTopicJson);
  const areas = row!.areas.map((area) => ({ ...area, archivedAt: area.archivedAt ? new Date(area.archivedAt) : null }));
  const lastRound = row!.lastRound && { ...row!.lastRound, opensAt: new Date(row!.lastRound.opensAt), closesAt: new Date(row!.lastRound.closesAt) };

  const pictureSignals: SignalInput[] = row!.pictureSignals.map((s) => ({ ...s, createdAt: new Date(s.createdAt) }));
  const signals = row!.signals.map((s) => ({ ...s, createdAt: new Date(s.createdAt) }));
  const picture = tensionPicture(pictureSignals, row!.pulseInputs.map((p) => ({ level: p.level, at: new Date(p.at) })), now);
  const trend = buildTrend(
    months,
    signalCounts.map((c) => ({ ...c, month: monthStart(c.month) })),
    pulseCounts.map((c) => ({ ...c, month: monthStart(c.month) })),
  );

  // Per party only where at least three of that party answered; otherwise only overall.
  const pulse = lastRound && {
    opensAt: lastRound.opensAt,
    closesAt: lastRound.closesAt,
    overall: countLevels(lastRound.answers),
    byParty: (["POLICE", "MUNICIPALITY", "COMMUNITY"] as Party[])
      .map((party) => ({ party, answers: lastRound.answers.filter((a) => a.party === party) }))
      .filter((p) => p.answers.length >= minimumPartyAnswers)
      .map((p) => ({ party: p.party, levels: countLevels(p.answers) })),
    remarks: lastRound.answers.map((a) => a.remark).filter((r): r is string => Boolean(r)),
  };

  const topicById = new Map(topics.map((t) => [t.id, t]));
  const areaById = new Map(areas.map((a) => [a.id, a]));
  return {
    timeZone: membership.timeZone,
    overall: picture.overall,
    topics: [...picture.byTopic].map(([id, level]) => ({ topic: id ? (topicById.get(id) ?? null) : null, level })).sort((a, b) => b.level - a.level),
    areas: [...picture.byArea].map(([id, level]) => ({ area: id ? (areaById.get(id) ?? null) : null, level })).sort((a, b) => b.level - a.level),
    trend,
    pulse,
    signals: signals.map(({ topicId, areaId, authorId, ...signal }) => ({
      ...signal,
      topic: topicId ? (topicById.get(topicId) ?? null) : null,
      area: areaId ? (areaById.get(areaId) ?? null) : null,
      mine: authorId === membership.id,
    })),
    canFollowUp: can(viewer, "signal.followUp", programmeId),
    canManage: can(viewer, "signal.settings", programmeId),
  };
}

function countLevels(answers: { level: number }[]) {
  const counts = [1, 2, 3, 4, 5].map((level) => ({ level, count: answers.filter((a) => a.level === level).length }));
  return { total: answers.length, counts };
}

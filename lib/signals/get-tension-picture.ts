import { db } from "@/lib/db";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Party } from "@/lib/generated/prisma/enums";
import { loadTensionInputs } from "./load-tension-inputs";
import { pictureSignalsWhere, readableSignalsWhere } from "./signal-visibility";
import { tensionPicture, windowDays } from "./tension-rule";
import { buildTrend, minimumPartyAnswers, monthsBack } from "./trend";

// The tension picture of a programme (docs/tension-picture.md): the level now per topic
// and per area, the two-year trend, the latest pulse round and the signals behind it, as
// far as the viewer may read them. A fixed number of queries whatever the history.
export async function getTensionPicture(viewer: Viewer | null, programmeId: string, now = new Date()) {
  const { membership } = authorize(viewer, "signal.view", programmeId);
  const professional = isProfessional(membership);
  const months = monthsBack(now, 24);
  const trendStart = new Date(`${months[0]}-01T00:00:00.000Z`);
  const windowStart = new Date(now.getTime() - windowDays * 86_400_000);
  const [topics, areas, inputs, signalCounts, pulseRounds, signals, lastRound] = await Promise.all([
    db.topic.findMany({ where: { programmeId }, orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }], select: { id: true, key: true, name: true, archivedAt: true } }),
    db.signalArea.findMany({ where: { programmeId }, orderBy: { name: "asc" }, select: { id: true, name: true, archivedAt: true } }),
    loadTensionInputs(db, programmeId, pictureSignalsWhere(membership), now),
    db.signalMonthCount.groupBy({
      by: ["month", "level"],
      where: { programmeId, month: { gte: trendStart }, ...(professional ? {} : { visibility: "ALL_MEMBERS" as const }) },
      _sum: { count: true },
    }),
    db.pulseRound.findMany({
      where: { programmeId, opensAt: { gte: trendStart, lte: now } },
      select: { opensAt: true, answers: { select: { level: true } } },
    }),
    db.signal.findMany({
      where: { ...readableSignalsWhere(membership), createdAt: { gte: windowStart } },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, text: true, level: true, source: true, visibility: true, status: true, createdAt: true, topicId: true, areaId: true, authorId: true },
    }),
    db.pulseRound.findFirst({
      where: { programmeId, opensAt: { lte: now }, answers: { some: {} } },
      orderBy: { opensAt: "desc" },
      select: { opensAt: true, closesAt: true, answers: { select: { party: true, level: true, remark: true } } },
    }),
  ]);

  const picture = tensionPicture(inputs.signals, inputs.pulse, now);
  const pulseCounts = pulseRounds.flatMap((round) => round.answers.map((a) => ({ month: new Date(Date.UTC(round.opensAt.getUTCFullYear(), round.opensAt.getUTCMonth(), 1)), level: a.level, count: 1 })));
  const trend = buildTrend(
    months,
    signalCounts.map((row) => ({ month: row.month, level: row.level, count: row._sum.count ?? 0 })),
    pulseCounts,
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

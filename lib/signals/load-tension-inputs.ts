import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recentDays, windowDays, type PulseInput, type SignalInput } from "./tension-rule";

type Client = typeof db | Prisma.TransactionClient;

// What the rule needs for the picture now and two weeks ago: the signals (as `where`
// allows) and pulse answers of the last six weeks. Two queries.
export async function loadTensionInputs(client: Client, programmeId: string, signalsWhere: Prisma.SignalWhereInput, now: Date): Promise<{ signals: SignalInput[]; pulse: PulseInput[] }> {
  const since = new Date(now.getTime() - (windowDays + recentDays) * 86_400_000);
  const [signals, answers] = await Promise.all([
    client.signal.findMany({
      where: { ...signalsWhere, programmeId, createdAt: { gte: since, lte: now } },
      select: { createdAt: true, level: true, source: true, topicId: true, areaId: true },
    }),
    client.pulseAnswer.findMany({
      where: { round: { programmeId, opensAt: { gte: since, lte: now } } },
      select: { level: true, round: { select: { opensAt: true } } },
    }),
  ]);
  return { signals, pulse: answers.map((a) => ({ level: a.level, at: a.round.opensAt })) };
}

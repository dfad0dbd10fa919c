import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recentDays, windowDays, type PulseInput, type SignalInput } from "./tension-rule";

type Client = typeof db | Prisma.TransactionClient;

// The rule looks back this far: the picture now and two weeks ago.
export function tensionInputsSince(now: Date): Date {
  return new Date(now.getTime() - (windowDays + recentDays) * 86_400_000);
}

// What the rule needs for the picture now and two weeks ago: the signals (as `where`
// allows) and pulse answers of the last six weeks. Two queries. (The tension picture reads
// the same signals in its one statement: getTensionPicture's "pictureSignals".)
export async function loadTensionInputs(client: Client, programmeId: string, signalsWhere: Prisma.SignalWhereInput, now: Date): Promise<{ signals: SignalInput[]; pulse: PulseInput[] }> {
  const [signals, answers] = await Promise.all([
    client.signal.findMany({
      where: { ...signalsWhere, programmeId, createdAt: { gte: tensionInputsSince(now), lte: now } },
      select: { createdAt: true, level: true, source: true, topicId: true, areaId: true },
    }),
    client.pulseAnswer.findMany({
      where: { round: { programmeId, opensAt: { gte: tensionInputsSince(now), lte: now } } },
      select: { level: true, round: { select: { opensAt: true } } },
    }),
  ]);
  return { signals, pulse: answers.map((a) => ({ level: a.level, at: a.round.opensAt })) };
}

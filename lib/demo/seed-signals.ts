import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthOf } from "@/lib/signals/tension-rule";

type Member = { id: string; party: "POLICE" | "MUNICIPALITY" | "COMMUNITY" };

// The demo's signals (issue 11): three parts of the neighbourhood, a few recent signals
// (one for professionals only, one already on the next agenda), counts for the two-year
// trend, and a closed pulse round with answers from every party. Calm enough that a new
// very tense signal makes the picture rise.
export async function seedDemoSignals(tx: Prisma.TransactionClient, input: { programmeId: string; topicIds: Record<"POLARISATION" | "NUISANCE" | "POVERTY" | "RADICALISATION", string>; members: Member[]; reporter: string; professional: string; nextDinnerId: string; now: Date }) {
  const { programmeId, topicIds, now } = input;
  const [square, market, school] = ["Hobbemaplein", "Haagse Markt", "Around the schools"].map(() => randomUUID()) as [string, string, string];
  await tx.signalArea.createMany({ data: [{ id: square, programmeId, name: "Hobbemaplein" }, { id: market, programmeId, name: "Haagse Markt" }, { id: school, programmeId, name: "Around the schools" }] });
  const signals = [
    { topicId: topicIds.POLARISATION, areaId: square, text: "Groups of young men gather at the square after 22:00; residents feel uneasy walking past.", source: "SEEN" as const, level: 3, visibility: "ALL_MEMBERS" as const, authorId: input.reporter, createdAt: addDays(now, -9), status: "ON_AGENDA" as const, agendaDinnerId: input.nextDinnerId },
    { topicId: topicIds.NUISANCE, areaId: market, text: "Market traders say the closing-time arguments have calmed down since the extra stewards.", source: "HEARD" as const, level: 2, visibility: "ALL_MEMBERS" as const, authorId: input.reporter, createdAt: addDays(now, -5) },
    { topicId: topicIds.RADICALISATION, areaId: null, text: "Stickers with a far-right logo on lamp posts, about thirty of them, removed by the municipality.", source: "SEEN" as const, level: 3, visibility: "PROFESSIONALS" as const, authorId: input.professional, createdAt: addDays(now, -3) },
    { topicId: topicIds.POVERTY, areaId: school, text: "Teachers expect more children without breakfast now that energy bills rise again.", source: "EXPECTED" as const, level: 2, visibility: "ALL_MEMBERS" as const, authorId: input.reporter, createdAt: addDays(now, -2) },
  ];
  await tx.signal.createMany({ data: signals.map((s) => ({ programmeId, ...s })) });
  // Two years of counts (the trend), a little busier around a demonstration last spring.
  const counts = new Map<string, Prisma.SignalMonthCountCreateManyInput>();
  const add = (row: Omit<Prisma.SignalMonthCountCreateManyInput, "count" | "programmeId">, count: number) => {
    const key = `${(row.month as Date).toISOString()}|${row.topicId}|${row.areaId}|${row.level}|${row.visibility}`;
    const existing = counts.get(key);
    counts.set(key, { programmeId, ...row, count: (existing?.count ?? 0) + count });
  };
  for (let m = 1; m < 24; m++) {
    const month = monthOf(addDays(now, -30 * m));
    add({ month, topicId: topicIds.POLARISATION, areaId: square, level: m % 7 === 3 ? 4 : 2, visibility: "ALL_MEMBERS" }, 1 + (m % 3));
    add({ month, topicId: topicIds.NUISANCE, areaId: market, level: 2 + (m % 2), visibility: "ALL_MEMBERS" }, 1);
    if (m % 4 === 0) add({ month, topicId: topicIds.RADICALISATION, areaId: "", level: 3, visibility: "PROFESSIONALS" }, 1);
  }
  for (const s of signals) add({ month: monthOf(s.createdAt), topicId: s.topicId, areaId: s.areaId ?? "", level: s.level, visibility: s.visibility }, 1);
  await tx.signalMonthCount.createMany({ data: [...counts.values()] });
  // A pulse round that closed two days ago: anonymous answers, no invites left.
  const round = await tx.pulseRound.create({ data: { programmeId, opensAt: addDays(now, -16), closesAt: addDays(now, -2), closedAt: addDays(now, -2) }, select: { id: true } });
  await tx.pulseAnswer.createMany({
    data: input.members.map((m, i) => ({ roundId: round.id, party: m.party, level: 1 + (i % 3), remark: i === 2 ? "Quieter since the open football training." : null })),
  });
}

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Signals older than their programme's retention period (SignalSettings.retentionMonths,
// default 12) are deleted; their counts stay in SignalMonthCount. Remarks of pulse rounds
// older than that are emptied (the anonymous levels stay for the trend). Two statements;
// also the "signals" entry's prune in lib/privacy/personal-data.ts.
export async function pruneExpiredSignals(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  const signals = await tx.$executeRaw`
    DELETE FROM "Signal" s USING "Programme" p LEFT JOIN "SignalSettings" ss ON ss."programmeId" = p.id
    WHERE s."programmeId" = p.id AND s."createdAt" < ${now}::timestamptz - make_interval(months => COALESCE(ss."retentionMonths", 12))`;
  const remarks = await tx.$executeRaw`
    UPDATE "PulseAnswer" a SET remark = NULL
    FROM "PulseRound" r JOIN "Programme" p ON p.id = r."programmeId" LEFT JOIN "SignalSettings" ss ON ss."programmeId" = p.id
    WHERE a."roundId" = r.id AND a.remark IS NOT NULL AND r."opensAt" < ${now}::timestamptz - make_interval(months => COALESCE(ss."retentionMonths", 12))`;
  return signals + remarks;
}

// Scheduled job "delete-expired-signals" (docs/jobs.md).
export async function deleteExpiredSignals(now = new Date()): Promise<number> {
  return db.$transaction((tx) => pruneExpiredSignals(tx, now));
}

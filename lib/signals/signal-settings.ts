import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = typeof db | Prisma.TransactionClient;

export const defaultSignalSettings = { pulseEveryDays: 14 as number | null, alertLevel: 4, retentionMonths: 12, alertedLevel: null as number | null, version: 0 };
export type SignalSettingsValues = typeof defaultSignalSettings;

// A programme's signal settings, or the defaults while it has no row yet (version 0).
export async function signalSettingsOf(client: Client, programmeId: string): Promise<SignalSettingsValues> {
  const row = await client.signalSettings.findUnique({
    where: { programmeId },
    select: { pulseEveryDays: true, alertLevel: true, retentionMonths: true, alertedLevel: true, version: true },
  });
  return row ?? defaultSignalSettings;
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { TopicKey } from "@/lib/generated/prisma/enums";

export const standardTopicKeys: readonly TopicKey[] = ["RADICALISATION", "POLARISATION", "NUISANCE", "POVERTY"];

// Every programme has the four standard topics. Call this in the transaction that creates
// a programme; it is harmless to call again (existing keys are skipped).
export async function createStandardTopics(tx: Prisma.TransactionClient, programmeId: string): Promise<void> {
  await tx.topic.createMany({ data: standardTopicKeys.map((key) => ({ programmeId, key })), skipDuplicates: true });
}

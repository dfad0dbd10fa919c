import type { Party, Prisma } from "@/lib/generated/prisma/client";
import { FieldError } from "@/lib/errors";
import type { TrustAnswers } from "./statements";

// The one write behind both ways of answering: the receipt (its primary key makes a second
// answer impossible, even from two tabs at once), the anonymous answer (party and scores
// only), and the request with its token gone (single use). In the caller's transaction.
export async function recordTrustAnswer(
  tx: Prisma.TransactionClient,
  request: { dinnerId: string; membershipId: string; party: Party },
  answers: TrustAnswers,
): Promise<void> {
  const receipt = await tx.trustCheckReceipt.createMany({ data: [{ dinnerId: request.dinnerId, membershipId: request.membershipId }], skipDuplicates: true });
  if (receipt.count === 0) throw new FieldError("form", "trustAlreadyAnswered");
  await tx.trustCheck.create({ data: { dinnerId: request.dinnerId, party: request.party, ...answers }, select: { dinnerId: true } });
  await tx.trustCheckRequest.deleteMany({ where: { dinnerId: request.dinnerId, membershipId: request.membershipId } });
}

import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { recordTrustAnswer } from "./record-trust-answer";
import type { TrustAnswers } from "./statements";
import { hashSecretToken } from "@/lib/security/secret-token";

// The e-mailed link's POST: the token is the credential (no session needed). Unknown,
// used or expired tokens, and ended memberships, are all "not found".
export async function answerTrustCheckByToken(token: string, answers: TrustAnswers, now = new Date()) {
  await db.$transaction(async (tx) => {
    const request = await tx.trustCheckRequest.findUnique({
      where: { tokenHash: hashSecretToken(token) },
      select: { dinnerId: true, membershipId: true, expiresAt: true, membership: { select: { party: true, leftAt: true } } },
    });
    if (!request || request.expiresAt <= now || request.membership.leftAt) throw new NotFoundError();
    await recordTrustAnswer(tx, { dinnerId: request.dinnerId, membershipId: request.membershipId, party: request.membership.party }, answers);
  });
}

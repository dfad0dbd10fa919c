import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { recordTrustAnswer } from "./record-trust-answer";
import type { TrustAnswers } from "./statements";

// A member answers a dinner's trust check from their start page. Only who was asked (an
// attendee of the held dinner) and only while the request is open; once per dinner.
export async function answerTrustCheck(viewer: Viewer | null, programmeId: string, input: { dinnerId: string } & TrustAnswers, now = new Date()) {
  const { membership } = authorize(viewer, "trust.answer", programmeId);
  const { dinnerId, keepsPromises, wouldCall, speakFreely } = input;
  await db.$transaction(async (tx) => {
    const request = await tx.trustCheckRequest.findFirst({
      where: { dinnerId, membershipId: membership.id, dinner: { programmeId, status: "HELD" } },
      select: { expiresAt: true },
    });
    if (!request || request.expiresAt <= now) {
      const answered = await tx.trustCheckReceipt.findUnique({ where: { dinnerId_membershipId: { dinnerId, membershipId: membership.id } }, select: { dinnerId: true } });
      throw new FieldError("form", answered ? "trustAlreadyAnswered" : "trustClosed");
    }
    await recordTrustAnswer(tx, { dinnerId, membershipId: membership.id, party: membership.party }, { keepsPromises, wouldCall, speakFreely });
  });
}

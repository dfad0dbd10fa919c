"use server";

import { refreshPages } from "@/lib/forms/refresh-pages";
import { serverAction } from "@/lib/forms/server-action";
import { answerTrustCheck } from "@/lib/trust/answer-trust-check";
import { answerTrustCheckInput } from "@/lib/trust/trust-input";

export const answerTrustCheckAction = serverAction(answerTrustCheckInput, async (viewer, { programmeId, ...input }) => {
  await answerTrustCheck(viewer, programmeId, input);
  refreshPages();
  return { ok: true, message: "trustThanks" };
});

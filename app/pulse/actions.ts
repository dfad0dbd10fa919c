"use server";

import { redirect } from "next/navigation";
import { serverAction } from "@/lib/forms/server-action";
import { answerPulse } from "@/lib/pulse/answer-pulse";
import { answerPulseInput } from "@/lib/signals/signal-input";

// Public: the token in the pulse link is the credential (no sign-in needed). The page the
// link opens shows the choice; only this POST counts it, so link scanners count nothing.
export const answerPulseAction = serverAction(
  answerPulseInput,
  async (_viewer, { token, level, remark }) => {
    await answerPulse(token, { level, remark });
    redirect(`/pulse/${encodeURIComponent(token)}?counted=1`);
  },
  { access: "anyone" },
);

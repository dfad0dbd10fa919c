import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/errors";
import { claimSubmission, recordSubmissionResult } from "@/lib/forms/submission-key";
import type { SignalSource, Visibility } from "@/lib/generated/prisma/enums";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { requireUsableTopic } from "@/lib/topics/require-usable-topic";
import { checkTensionRise } from "./check-tension-rise";
import { monthOf } from "./tension-rule";

export type SignalFields = { topicId: string | null; areaId: string | null; text: string; source: SignalSource; level: number; visibility: Visibility };

// A member reports what they noticed. Text that identifies a person is refused
// (decision 013); the month count is kept with it; a rise of the picture alerts.
export async function reportSignal(viewer: Viewer | null, programmeId: string, input: SignalFields & { submissionKey?: string | null }, now = new Date()) {
  const { membership } = authorize(viewer, "signal.report", programmeId);
  const scope = `signal.report:${membership.id}`;
  return db.$transaction(async (tx) => {
    // A double tap or a retry after a timeout reports once (decision 017).
    const claim = await claimSubmission(tx, scope, input.submissionKey);
    if (!claim.first) return { id: claim.resultId! };
    await refuseIdentifyingText(tx, programmeId, { text: input.text });
    const topicId = await requireUsableTopic(tx, programmeId, input.topicId);
    if (input.areaId) {
      const area = await tx.signalArea.findFirst({ where: { id: input.areaId, programmeId, archivedAt: null }, select: { id: true } });
      if (!area) throw new FieldError("areaId", "invalid");
    }
    const signal = await tx.signal.create({
      data: { programmeId, topicId, areaId: input.areaId, text: input.text, source: input.source, level: input.level, visibility: input.visibility, authorId: membership.id, createdAt: now },
      select: { id: true },
    });
    const key = { programmeId, month: monthOf(now), topicId: topicId ?? "", areaId: input.areaId ?? "", level: input.level, visibility: input.visibility };
    await tx.signalMonthCount.upsert({
      where: { programmeId_month_topicId_areaId_level_visibility: key },
      create: { ...key, count: 1 },
      update: { count: { increment: 1 } },
    });
    await checkTensionRise(tx, programmeId, now);
    await recordSubmissionResult(tx, scope, input.submissionKey, signal.id);
    return signal;
  });
}

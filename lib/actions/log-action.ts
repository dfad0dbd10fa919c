import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { claimSubmission, recordSubmissionResult } from "@/lib/forms/submission-key";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { requireUsableTopic } from "@/lib/topics/require-usable-topic";
import { dueDateOf, requireDinnerOf, requireOwners, type ActionFields } from "./action-input";
import { queueActionAssignedEmail } from "./queue-action-assigned-email";

// Logs an action agreed at a dinner (or between dinners). Every owner gets an e-mail,
// queued in the same transaction. The same submission key twice (a double tap, a retry
// after a timeout) logs one action and answers the first one's id.
export async function logAction(viewer: Viewer | null, programmeId: string, input: ActionFields & { submissionKey?: string | null }) {
  const { membership } = authorize(viewer, "action.create", programmeId);
  const dueDate = dueDateOf(input.dueDate);
  const scope = `action.log:${membership.id}`;
  return db.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, scope, input.submissionKey);
    if (!claim.first) return { id: claim.resultId! };
    await refuseIdentifyingText(tx, programmeId, { title: input.title, description: input.description });
    // One after another: a transaction has one connection.
    const owners = await requireOwners(tx, programmeId, input.ownerIds);
    const topicId = await requireUsableTopic(tx, programmeId, input.topicId);
    const dinnerId = await requireDinnerOf(tx, programmeId, input.dinnerId);
    const programme = await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true } });
    const action = await tx.action.create({
      data: {
        programmeId,
        title: input.title,
        description: input.description,
        topicId,
        leadParty: input.leadParty,
        dueDate,
        dinnerId,
        createdById: membership.id,
        owners: { create: owners.map((o) => ({ membershipId: o.membershipId })) },
      },
      select: { id: true },
    });
    for (const owner of owners) {
      await queueActionAssignedEmail(tx, { actionId: action.id, programmeId, programmeName: programme.name, title: input.title, owner });
    }
    await recordSubmissionResult(tx, scope, input.submissionKey, action.id);
    return action;
  });
}

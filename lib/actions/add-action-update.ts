import { db } from "@/lib/db";
import { authorize, canUpdateAction, roleHas } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { claimSubmission } from "@/lib/forms/submission-key";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { actionSnapshot } from "./action-snapshot";
import { canMoveTo } from "./status";

export type ActionUpdateInput = {
  // The note; when dropping, the (required) reason.
  text: string;
  // The new status, or empty/unchanged for a note only.
  status?: ActionStatus | null;
  // The form's submission key (lib/forms/submission-key.ts): posted twice, written once.
  submissionKey?: string | null;
};

// A progress note and/or status change by someone who may update the action. The
// ActionUpdate row and the Action change are written together, only if nobody saved the
// action since `version` was read; otherwise ConflictError with the newer version.
export async function addActionUpdate(viewer: Viewer | null, programmeId: string, actionId: string, version: number, input: ActionUpdateInput, now = new Date()) {
  const { membership } = authorize(viewer, "action.view", programmeId);
  await db.$transaction(async (tx) => {
    // A repeat of an update already written (double tap, retry after a timeout): done.
    // Checked before the version, which the first write moved on.
    if (!(await claimSubmission(tx, `action.update:${membership.id}:${actionId}`, input.submissionKey)).first) return;
    const action = await tx.action.findFirst({
      where: { id: actionId, programmeId },
      select: { status: true, version: true, leadParty: true, owners: { select: { membershipId: true } } },
    });
    if (!action) throw new NotFoundError();
    if (!canUpdateAction(membership, { leadParty: action.leadParty, ownerIds: action.owners.map((o) => o.membershipId) })) throw new NotFoundError();
    if (action.version !== version) throw new ConflictError(await actionSnapshot(tx, actionId));

    const toStatus = input.status && input.status !== action.status ? input.status : null;
    if (toStatus && !canMoveTo(action.status, toStatus, roleHas(membership.role, "action.reopen"))) throw new FieldError("status", "invalid");
    if (!toStatus && !input.text) throw new FieldError("text", "required");
    if (toStatus === "DROPPED" && !input.text) throw new FieldError("text", "dropReasonRequired");
    await refuseIdentifyingText(tx, programmeId, { text: input.text });

    const statusData = toStatus
      ? {
          status: toStatus,
          completedAt: toStatus === "DONE" ? now : null,
          dropReason: toStatus === "DROPPED" ? input.text : null,
        }
      : {};
    const { count } = await tx.action.updateMany({ where: { id: actionId, version }, data: { ...statusData, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError(await actionSnapshot(tx, actionId));
    await tx.actionUpdate.create({
      data: { actionId, authorId: membership.id, text: input.text, fromStatus: toStatus ? action.status : null, toStatus, createdAt: now },
    });
  });
}

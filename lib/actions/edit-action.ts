import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { requireUsableTopic } from "@/lib/topics/require-usable-topic";
import { dueDateOf, requireDinnerOf, requireOwners, type ActionFields } from "./action-input";
import { actionSnapshot } from "./action-snapshot";
import { queueActionAssignedEmail } from "./queue-action-assigned-email";

// Edits an action's fields, only if nobody saved it since `version` was read; otherwise
// ConflictError with the newer version. Owners added here get the "assigned" e-mail.
export async function editAction(viewer: Viewer | null, programmeId: string, actionId: string, version: number, input: ActionFields) {
  const { viewer: me } = authorize(viewer, "action.manage", programmeId);
  const dueDate = dueDateOf(input.dueDate);
  await db.$transaction(async (tx) => {
    const current = await tx.action.findFirst({
      where: { id: actionId, programmeId },
      select: { topicId: true, dinnerId: true, owners: { select: { membershipId: true } }, programme: { select: { name: true } } },
    });
    if (!current) throw new NotFoundError();
    await refuseIdentifyingText(tx, programmeId, { title: input.title, description: input.description });
    const owners = await requireOwners(tx, programmeId, input.ownerIds);
    const topicId = await requireUsableTopic(tx, programmeId, input.topicId, current.topicId);
    const dinnerId = await requireDinnerOf(tx, programmeId, input.dinnerId);
    const { count } = await tx.action.updateMany({
      where: { id: actionId, version },
      data: { title: input.title, description: input.description, topicId, leadParty: input.leadParty, dueDate, dinnerId, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(await actionSnapshot(tx, actionId));
    await recordAuditEvent({ kind: "action.edited", actorId: me.personId, programmeId, subjectId: actionId }, tx);

    const before = new Set(current.owners.map((o) => o.membershipId));
    const after = new Set(owners.map((o) => o.membershipId));
    const removed = [...before].filter((id) => !after.has(id));
    const added = owners.filter((o) => !before.has(o.membershipId));
    if (removed.length > 0) await tx.actionOwner.deleteMany({ where: { actionId, membershipId: { in: removed } } });
    if (added.length > 0) await tx.actionOwner.createMany({ data: added.map((o) => ({ actionId, membershipId: o.membershipId })) });
    for (const owner of added) {
      await queueActionAssignedEmail(tx, { actionId, programmeId, programmeName: current.programme.name, title: input.title, owner });
    }
  });
}

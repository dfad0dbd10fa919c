import { db } from "@/lib/db";
import { authorize, can, canUpdateAction } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { nextStatuses } from "./status";

// One action with its owners and the timeline of updates, and what the viewer may do. One query.
export async function getAction(viewer: Viewer | null, programmeId: string, actionId: string) {
  const { membership } = authorize(viewer, "action.view", programmeId);
  const action = await db.action.findFirst({
    where: { id: actionId, programmeId },
    select: {
      id: true,
      title: true,
      description: true,
      leadParty: true,
      status: true,
      dueDate: true,
      dropReason: true,
      completedAt: true,
      version: true,
      createdAt: true,
      createdBy: { select: { id: true, party: true, person: { select: { name: true } } } },
      topic: { select: { id: true, key: true, name: true } },
      dinner: { select: { id: true, startsAt: true, venueName: true } },
      owners: { select: { membership: { select: { id: true, party: true, leftAt: true, person: { select: { name: true } } } } } },
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, text: true, fromStatus: true, toStatus: true, createdAt: true, author: { select: { id: true, party: true, person: { select: { name: true } } } } },
      },
    },
  });
  if (!action) throw new NotFoundError();
  const owners = action.owners
    .map((o) => ({ id: o.membership.id, name: o.membership.person.name, party: o.membership.party, left: o.membership.leftAt !== null }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const canUpdate = canUpdateAction(membership, { leadParty: action.leadParty, ownerIds: owners.map((o) => o.id) });
  return {
    timeZone: membership.timeZone,
    action: {
      ...action,
      owners,
      // Who logged it (null for actions logged before issue 14 and for ended, erased members).
      createdBy: action.createdBy && { id: action.createdBy.id, name: action.createdBy.person.name, party: action.createdBy.party },
      updates: action.updates.map((u) => ({ ...u, author: u.author && { id: u.author.id, name: u.author.person.name, party: u.author.party } })),
    },
    canUpdate,
    canEdit: can(viewer, "action.manage", programmeId),
    nextStatuses: canUpdate ? nextStatuses(action.status, can(viewer, "action.reopen", programmeId)) : [],
  };
}

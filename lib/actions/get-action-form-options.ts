import { subYears } from "date-fns";
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { toIsoDate } from "@/lib/dates";

// What the new-action and edit-action forms offer: active topics, active members (by
// party), recent dinners; for an edit, the action's current values. Four queries (three
// for a new action): the programme's zone comes with the viewer's membership.
export async function getActionFormOptions(viewer: Viewer | null, programmeId: string, options: { actionId?: string; dinnerId?: string } = {}, now = new Date()) {
  const { membership } = authorize(viewer, options.actionId ? "action.manage" : "action.create", programmeId);
  const [action, topics, members, dinners] = await Promise.all([
    options.actionId
      ? db.action.findFirst({
          where: { id: options.actionId, programmeId },
          select: {
            id: true,
            title: true,
            description: true,
            topicId: true,
            leadParty: true,
            dueDate: true,
            dinnerId: true,
            version: true,
            owners: { select: { membershipId: true } },
          },
        })
      : Promise.resolve(null),
    db.topic.findMany({
      where: { programmeId, OR: [{ archivedAt: null }, ...(options.actionId ? [{ actions: { some: { id: options.actionId } } }] : [])] },
      orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, key: true, name: true },
    }),
    db.membership.findMany({
      where: { programmeId, OR: [{ leftAt: null }, ...(options.actionId ? [{ ownedActions: { some: { actionId: options.actionId } } }] : [])] },
      orderBy: { person: { name: "asc" } },
      select: { id: true, party: true, person: { select: { name: true } } },
    }),
    db.dinner.findMany({
      where: {
        programmeId,
        OR: [
          { startsAt: { gte: subYears(now, 2) } },
          ...(options.dinnerId ? [{ id: options.dinnerId }] : []),
          ...(options.actionId ? [{ actions: { some: { id: options.actionId } } }] : []),
        ],
      },
      orderBy: { startsAt: "desc" },
      select: { id: true, startsAt: true, status: true, venueName: true },
    }),
  ]);
  if (options.actionId && !action) throw new NotFoundError();
  return {
    timeZone: membership.timeZone,
    action: action && {
      ...action,
      dueDate: action.dueDate ? toIsoDate(action.dueDate) : "",
      ownerIds: action.owners.map((o) => o.membershipId),
    },
    topics,
    members: members.map((m) => ({ id: m.id, name: m.person.name, party: m.party })),
    dinners,
    selectedDinnerId: dinners.some((d) => d.id === options.dinnerId) ? options.dinnerId : undefined,
  };
}

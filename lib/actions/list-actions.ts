import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead, ActionStatus } from "@/lib/generated/prisma/enums";
import { activeStatuses } from "./status";

export type ActionFilters = {
  // "active" (open + in progress, the default), "all", or one status.
  status?: "active" | "all" | ActionStatus;
  lead?: ActionLead;
  topicId?: string;
  ownerId?: string;
};

// The programme's actions, filtered, with what the filters offer. Four queries.
export async function listActions(viewer: Viewer | null, programmeId: string, filters: ActionFilters = {}) {
  authorize(viewer, "action.view", programmeId);
  const status = filters.status ?? "active";
  const where: Prisma.ActionWhereInput = {
    programmeId,
    status: status === "all" ? undefined : status === "active" ? { in: [...activeStatuses] } : status,
    leadParty: filters.lead,
    topicId: filters.topicId,
    owners: filters.ownerId ? { some: { membershipId: filters.ownerId } } : undefined,
  };
  const [programme, actions, topics, members] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { timeZone: true } }),
    db.action.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        leadParty: true,
        dueDate: true,
        topic: { select: { id: true, key: true, name: true } },
        dinner: { select: { id: true, startsAt: true } },
        owners: { select: { membership: { select: { id: true, party: true, person: { select: { name: true } } } } } },
      },
    }),
    db.topic.findMany({ where: { programmeId }, orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }], select: { id: true, key: true, name: true, archivedAt: true } }),
    db.membership.findMany({
      where: { programmeId, OR: [{ leftAt: null }, { ownedActions: { some: {} } }] },
      orderBy: { person: { name: "asc" } },
      select: { id: true, party: true, person: { select: { name: true } } },
    }),
  ]);
  return {
    timeZone: programme.timeZone,
    filters: { status, lead: filters.lead, topicId: filters.topicId, ownerId: filters.ownerId },
    actions: actions.map(({ owners, ...action }) => ({ ...action, owners: owners.map((o) => ({ id: o.membership.id, name: o.membership.person.name, party: o.membership.party })) })),
    topics,
    members: members.map((m) => ({ id: m.id, name: m.person.name, party: m.party })),
    canCreate: can(viewer, "action.create", programmeId),
  };
}

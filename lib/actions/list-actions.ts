import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { todayInZone } from "@/lib/dates";
import { actionFiltersWhere, type ActionFilters } from "./action-filters";

// The programme's actions, filtered (open ones by default), with what the filters offer.
// Four queries.
export async function listActions(viewer: Viewer | null, programmeId: string, filters: ActionFilters = {}, now = new Date()) {
  authorize(viewer, "action.view", programmeId);
  const applied = { ...filters, status: filters.status ?? "active" } satisfies ActionFilters;
  // The time zone first: "overdue" needs the programme's today.
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { timeZone: true } });
  const where = actionFiltersWhere(programmeId, applied, todayInZone(now, programme.timeZone));
  const [actions, topics, members] = await Promise.all([
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
    filters: applied,
    actions: actions.map(({ owners, ...action }) => ({ ...action, owners: owners.map((o) => ({ id: o.membership.id, name: o.membership.person.name, party: o.membership.party })) })),
    topics,
    members: members.map((m) => ({ id: m.id, name: m.person.name, party: m.party })),
    canCreate: can(viewer, "action.create", programmeId),
  };
}

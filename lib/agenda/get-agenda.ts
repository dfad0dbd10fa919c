import { db } from "@/lib/db";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openActionStatuses } from "@/lib/actions/status";
import { NotFoundError } from "@/lib/errors";

// A dinner's agenda. It opens with "actions to review": every action still open or in
// progress that was agreed at an earlier dinner (or, without a dinner, logged before this
// one), oldest first. Items marked "professionals only" are left out for community members.
// Four queries whatever the size of the programme.
export async function getAgenda(viewer: Viewer | null, programmeId: string, dinnerId: string) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const professional = isProfessional(membership);
  const dinner = await db.dinner.findFirst({
    where: { id: dinnerId, programmeId },
    select: { id: true, startsAt: true, status: true, venueName: true, programme: { select: { timeZone: true } } },
  });
  if (!dinner) throw new NotFoundError();

  const [items, toReview, topics] = await Promise.all([
    db.agendaItem.findMany({
      where: { dinnerId, visibility: professional ? undefined : "ALL_MEMBERS" },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, notes: true, visibility: true, position: true, version: true, topic: { select: { id: true, key: true, name: true } } },
    }),
    db.action.findMany({
      where: {
        programmeId,
        status: { in: [...openActionStatuses] },
        OR: [{ dinner: { startsAt: { lt: dinner.startsAt } } }, { dinnerId: null, createdAt: { lt: dinner.startsAt } }],
      },
      select: {
        id: true,
        title: true,
        status: true,
        leadParty: true,
        dueDate: true,
        createdAt: true,
        dinner: { select: { startsAt: true } },
        owners: { select: { membership: { select: { id: true, party: true, person: { select: { name: true } } } } } },
      },
    }),
    db.topic.findMany({
      where: { programmeId, archivedAt: null },
      orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, key: true, name: true },
    }),
  ]);

  const agreedAt = (a: (typeof toReview)[number]) => (a.dinner?.startsAt ?? a.createdAt).getTime();
  const actionsToReview = toReview
    .sort((a, b) => agreedAt(a) - agreedAt(b) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map(({ owners, ...action }) => ({
      ...action,
      owners: owners.map((o) => ({ id: o.membership.id, name: o.membership.person.name, party: o.membership.party })),
    }));

  const { programme, ...dinnerFields } = dinner;
  return {
    dinner: dinnerFields,
    timeZone: programme.timeZone,
    items,
    actionsToReview,
    topics,
    canEdit: can(viewer, "agenda.edit", programmeId),
    canLogAction: can(viewer, "action.create", programmeId),
    mayUseProfessionalsOnly: professional,
  };
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { readableSignalsWhere } from "./signal-visibility";

// The agenda's "signals since the last dinner": those put on this dinner's agenda, and the
// others reported between the dinner before it and this one, as far as the viewer may read
// them; the ones put on the agenda first. Three queries.
export async function getSignalsSinceLastDinner(viewer: Viewer | null, programmeId: string, dinnerId: string) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const dinner = await db.dinner.findFirst({ where: { id: dinnerId, programmeId }, select: { startsAt: true } });
  if (!dinner) throw new NotFoundError();
  const previous = await db.dinner.findFirst({
    where: { programmeId, status: { not: "CANCELLED" }, startsAt: { lt: dinner.startsAt } },
    orderBy: { startsAt: "desc" },
    select: { startsAt: true },
  });
  const signals = await db.signal.findMany({
    where: {
      ...readableSignalsWhere(membership),
      AND: [{ OR: [{ agendaDinnerId: dinnerId }, { createdAt: { gte: previous?.startsAt ?? new Date(0), lt: dinner.startsAt } }] }],
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, text: true, level: true, source: true, visibility: true, status: true, createdAt: true, agendaDinnerId: true, topic: { select: { key: true, name: true } }, area: { select: { name: true } } },
  });
  return signals
    .map(({ agendaDinnerId, ...signal }) => ({ ...signal, onAgenda: agendaDinnerId === dinnerId }))
    .sort((a, b) => Number(b.onAgenda) - Number(a.onAgenda) || a.createdAt.getTime() - b.createdAt.getTime());
}

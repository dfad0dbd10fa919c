import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { getDinnerWindow } from "@/lib/dinners/dinner-window";
import { readableSignalsWhere } from "./signal-visibility";

// The agenda's "signals since the last dinner": those put on this dinner's agenda, and the
// others reported between the dinner before it and this one, as far as the viewer may read
// them; the ones put on the agenda first. Two queries (the dinner's window is shared with
// the agenda's other loaders).
export async function getSignalsSinceLastDinner(viewer: Viewer | null, programmeId: string, dinnerId: string) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const dinner = await getDinnerWindow(programmeId, dinnerId);
  const signals = await db.signal.findMany({
    where: {
      ...readableSignalsWhere(membership),
      AND: [{ OR: [{ agendaDinnerId: dinnerId }, { createdAt: { gte: dinner.previousStartsAt ?? new Date(0), lt: dinner.startsAt } }] }],
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, text: true, level: true, source: true, visibility: true, status: true, createdAt: true, agendaDinnerId: true, topic: { select: { key: true, name: true } }, area: { select: { name: true } } },
  });
  return signals
    .map(({ agendaDinnerId, ...signal }) => ({ ...signal, onAgenda: agendaDinnerId === dinnerId }))
    .sort((a, b) => Number(b.onAgenda) - Number(a.onAgenda) || a.createdAt.getTime() - b.createdAt.getTime());
}

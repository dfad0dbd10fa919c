import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openActionStatuses } from "@/lib/actions/status";
import { NotFoundError } from "@/lib/errors";
import { readableSignalsWhere } from "./signal-visibility";

// One signal and what became of it; for those who follow signals up, the next dinner and
// the open actions to link it to. A professionals-only signal is absent for others.
export async function getSignal(viewer: Viewer | null, programmeId: string, signalId: string, now = new Date()) {
  const { membership } = authorize(viewer, "signal.view", programmeId);
  const mayFollowUp = can(viewer, "signal.followUp", programmeId);
  const [signal, nextDinner, openActions] = await Promise.all([
    db.signal.findFirst({
      where: { ...readableSignalsWhere(membership), id: signalId },
      select: {
        id: true,
        text: true,
        level: true,
        source: true,
        visibility: true,
        status: true,
        closingNote: true,
        version: true,
        createdAt: true,
        authorId: true,
        topic: { select: { id: true, key: true, name: true } },
        area: { select: { id: true, name: true } },
        agendaDinner: { select: { id: true, startsAt: true } },
        action: { select: { id: true, title: true, status: true } },
      },
    }),
    mayFollowUp
      ? db.dinner.findFirst({ where: { programmeId, status: "PLANNED", startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } })
      : null,
    mayFollowUp
      ? db.action.findMany({ where: { programmeId, status: { in: [...openActionStatuses] } }, orderBy: { createdAt: "desc" }, take: 200, select: { id: true, title: true } })
      : [],
  ]);
  if (!signal) throw new NotFoundError();
  const { authorId, ...rest } = signal;
  return { signal: { ...rest, mine: authorId === membership.id }, nextDinner, openActions, mayFollowUp, timeZone: membership.timeZone };
}

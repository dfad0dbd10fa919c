import { db } from "@/lib/db";
import { authorize, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";

// A topic's history: the dinners where it was discussed (agenda items the viewer may see)
// and the actions agreed on it with their outcome. Three queries.
export async function getTopicHistory(viewer: Viewer | null, programmeId: string, topicId: string) {
  const { membership } = authorize(viewer, "programme.view", programmeId);
  const visibility = isProfessional(membership) ? undefined : ("ALL_MEMBERS" as const);
  const [topic, agendaItems, actions] = await Promise.all([
    db.topic.findFirst({
      where: { id: topicId, programmeId },
      select: { id: true, key: true, name: true, archivedAt: true, programme: { select: { timeZone: true } } },
    }),
    db.agendaItem.findMany({
      where: { topicId, dinner: { programmeId }, visibility },
      orderBy: [{ dinner: { startsAt: "desc" } }, { position: "asc" }],
      select: { id: true, title: true, notes: true, visibility: true, dinner: { select: { id: true, startsAt: true, status: true, venueName: true } } },
    }),
    db.action.findMany({
      where: { topicId, programmeId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        leadParty: true,
        status: true,
        dueDate: true,
        completedAt: true,
        dropReason: true,
        createdAt: true,
        dinner: { select: { id: true, startsAt: true } },
      },
    }),
  ]);
  if (!topic) throw new NotFoundError();
  const { programme, ...rest } = topic;
  return { topic: rest, timeZone: programme.timeZone, agendaItems, actions };
}

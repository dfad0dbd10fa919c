import { db } from "@/lib/db";
import { authorize, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { actionOrder, selectActionRows } from "@/lib/actions/action-rows-sql";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// A topic's history: the dinners where it was discussed (agenda items the viewer may see)
// and the actions agreed on it with their outcome, newest first, one page of each at a time
// (issue 10: after 10 years the whole history was 103 kB of HTML). Three statements.
// 10 of each a page: a topic's page stays under 50 kB of HTML after ten years (issue 10).
export const topicHistoryPageSize = 10;

export async function getTopicHistory(viewer: Viewer | null, programmeId: string, topicId: string, page = 1) {
  const { membership } = authorize(viewer, "programme.view", programmeId);
  const visibility = isProfessional(membership) ? undefined : ("ALL_MEMBERS" as const);
  const [topic, agendaItems, actions] = await Promise.all([
    db.topic.findFirst({
      where: { id: topicId, programmeId },
      select: { id: true, key: true, name: true, archivedAt: true, programme: { select: { timeZone: true } } },
    }),
    db.agendaItem.findMany({
      where: { topicId, dinner: { programmeId }, visibility },
      orderBy: [{ dinner: { startsAt: "desc" } }, { position: "asc" }, { id: "asc" }],
      skip: (page - 1) * topicHistoryPageSize,
      // One more than shown: tells whether there is a next page without a count.
      take: topicHistoryPageSize + 1,
      select: { id: true, title: true, notes: true, visibility: true, dinner: { select: { id: true, startsAt: true, status: true, venueName: true } } },
    }),
    selectActionRows({
      where: Prisma.sql`a."programmeId" = ${programmeId} AND a."topicId" = ${topicId}`,
      orderBy: actionOrder.newest,
      limit: topicHistoryPageSize,
      offset: (page - 1) * topicHistoryPageSize,
    }),
  ]);
  if (!topic) throw new NotFoundError();
  const { programme, ...rest } = topic;
  const pages = Math.max(1, Math.ceil(actions.matching / topicHistoryPageSize), agendaItems.length > topicHistoryPageSize ? page + 1 : page);
  return { topic: rest, timeZone: programme.timeZone, agendaItems: agendaItems.slice(0, topicHistoryPageSize), actions: actions.rows, page, pages };
}

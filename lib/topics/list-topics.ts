import { db } from "@/lib/db";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// All topics of a programme, standard ones first, with how often each was used. Three queries.
// The counts are of what the viewer may see: community members never count
// professionals-only agenda items (the topic page shows them the same number).
export async function listTopics(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "programme.view", programmeId);
  const visibility = isProfessional(membership) ? undefined : ("ALL_MEMBERS" as const);
  const [topics, items, actions] = await Promise.all([
    db.topic.findMany({
      where: { programmeId },
      orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, key: true, name: true, archivedAt: true },
    }),
    db.agendaItem.groupBy({ by: ["topicId"], where: { dinner: { programmeId }, topicId: { not: null }, visibility }, _count: { _all: true } }),
    db.action.groupBy({ by: ["topicId"], where: { programmeId, topicId: { not: null } }, _count: { _all: true } }),
  ]);
  const count = (rows: { topicId: string | null; _count: { _all: number } }[], id: string) => rows.find((r) => r.topicId === id)?._count._all ?? 0;
  return {
    canManage: can(viewer, "topic.manage", programmeId),
    topics: topics.map((topic) => ({ ...topic, agendaItemCount: count(items, topic.id), actionCount: count(actions, topic.id) })),
  };
}

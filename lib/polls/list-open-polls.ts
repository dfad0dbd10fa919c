import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// Open date polls of a programme, newest first, with whether the viewer answered. One query.
export async function listOpenPolls(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const polls = await db.datePoll.findMany({
    where: { programmeId, closedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      createdAt: true,
      _count: { select: { options: true } },
      options: { where: { votes: { some: { membershipId: membership.id } } }, select: { id: true }, take: 1 },
    },
  });
  return {
    programme: { name: membership.programmeName, timeZone: membership.timeZone },
    canPlan: can(viewer, "dinner.plan", programmeId),
    polls: polls.map((p) => ({ id: p.id, title: p.title, createdAt: p.createdAt, optionCount: p._count.options, answered: p.options.length > 0 })),
  };
}

import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { planGoalsOf } from "./plan-goals";

// How often the plan is reviewed: a year after the last version, the coordinator is reminded.
export const planReviewDays = 365;

// The programme plan: the current version, its history (newest first, at most 50) and the
// topics goals are set for. Two queries whatever the history (the versions with their authors,
// and the topics); the programme's name and zone come with the viewer's membership.
export async function getProgrammePlan(viewer: Viewer | null, programmeId: string, now = new Date()) {
  const { membership } = authorize(viewer, "plan.view", programmeId);
  const [versions, topics] = await Promise.all([
    db.programmePlan.findMany({
      where: { programmeId },
      orderBy: { version: "desc" },
      take: 50,
      select: {
        id: true,
        version: true,
        vision: true,
        goals: true,
        policeRole: true,
        municipalityRole: true,
        communityRole: true,
        reviewedUnchanged: true,
        createdAt: true,
        author: { select: { person: { select: { name: true } } } },
      },
    }),
    db.topic.findMany({ where: { programmeId, archivedAt: null }, orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }], select: { id: true, key: true, name: true } }),
  ]);
  const history = versions.map(({ author, goals, ...version }) => ({ ...version, goals: planGoalsOf(goals), authorName: author?.person.name ?? null }));
  const current = history[0] ?? null;
  const reviewDue = current ? new Date(current.createdAt.getTime() + planReviewDays * 24 * 60 * 60 * 1000) : null;
  return {
    programme: { name: membership.programmeName, timeZone: membership.timeZone },
    current,
    history,
    topics,
    reviewDue,
    reviewOverdue: reviewDue !== null && reviewDue <= now,
    canEdit: can(viewer, "plan.edit", programmeId),
  };
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { Party } from "@/lib/generated/prisma/enums";

const parties: Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];

// A new programme's first steps for its coordinators (issue 14): invite the first members
// of each party, plan the first dinner, share the group-chat link. Each step is done by
// the data itself (a member or open invitation per party, any dinner, a saved link), so
// the path checks itself off and disappears when all is done. Four queries.
export async function getFirstRun(viewer: Viewer | null, programmeId: string, now = new Date()) {
  authorize(viewer, "programme.edit", programmeId);
  const [members, invitations, dinners, programme] = await Promise.all([
    db.membership.groupBy({ by: ["party"], where: { programmeId, leftAt: null }, _count: { _all: true } }),
    db.invitation.groupBy({ by: ["party"], where: { programmeId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, _count: { _all: true } }),
    db.dinner.count({ where: { programmeId } }),
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { groupChatUrl: true, dinnersPerYearTarget: true } }),
  ]);
  const countOf = (rows: { party: Party; _count: { _all: number } }[], party: Party) => rows.find((r) => r.party === party)?._count._all ?? 0;
  const invited = parties.map((party) => ({ party, members: countOf(members, party), invited: countOf(invitations, party) }));
  const steps = {
    invite: invited.every((p) => p.members + p.invited > 0),
    dinner: dinners > 0,
    groupChat: Boolean(programme.groupChatUrl),
  };
  return {
    parties: invited.map((p) => ({ ...p, done: p.members + p.invited > 0 })),
    steps,
    done: Object.values(steps).every(Boolean),
    // The rhythm to suggest: five a year is about one every ten weeks.
    target: programme.dinnersPerYearTarget,
    weeksBetween: Math.round(52 / Math.max(1, programme.dinnersPerYearTarget)),
  };
}

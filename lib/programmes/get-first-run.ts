import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import type { Party } from "@/lib/generated/prisma/enums";

const parties: Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];

type FirstRunRow = {
  members: Partial<Record<Party, number>> | null;
  invitations: Partial<Record<Party, number>> | null;
  hasDinner: boolean;
  groupChatUrl: string | null;
  dinnersPerYearTarget: number;
};

// A new programme's first steps for its coordinators (issue 14): invite the first members
// of each party, plan the first dinner, share the group-chat link. Each step is done by
// the data itself (a member or open invitation per party, any dinner, a saved link), so
// the path checks itself off and disappears when all is done. One statement (decision 026).
export async function getFirstRun(viewer: Viewer | null, programmeId: string, now = new Date()) {
  authorize(viewer, "programme.edit", programmeId);
  const [row] = await db.$queryRaw<FirstRunRow[]>`
    SELECT
      (SELECT json_object_agg(c."party", c."count") FROM (SELECT m."party", count(*)::int AS "count" FROM "Membership" m
        WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL GROUP BY m."party") c) AS "members",
      (SELECT json_object_agg(c."party", c."count") FROM (SELECT i."party", count(*)::int AS "count" FROM "Invitation" i
        WHERE i."programmeId" = ${programmeId} AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > ${now} GROUP BY i."party") c) AS "invitations",
      EXISTS (SELECT 1 FROM "Dinner" d WHERE d."programmeId" = ${programmeId}) AS "hasDinner",
      g."groupChatUrl", g."dinnersPerYearTarget"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  const invited = parties.map((party) => ({ party, members: row.members?.[party] ?? 0, invited: row.invitations?.[party] ?? 0 }));
  const steps = {
    invite: invited.every((p) => p.members + p.invited > 0),
    dinner: row.hasDinner,
    groupChat: Boolean(row.groupChatUrl),
  };
  return {
    parties: invited.map((p) => ({ ...p, done: p.members + p.invited > 0 })),
    steps,
    done: Object.values(steps).every(Boolean),
    // The rhythm to suggest: five a year is about one every ten weeks.
    target: row.dinnersPerYearTarget,
    weeksBetween: Math.round(52 / Math.max(1, row.dinnersPerYearTarget)),
  };
}

import { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";

const parties: Party[] = ["POLICE", "MUNICIPALITY", "COMMUNITY"];

// firstRunJsonSql's object.
export type FirstRunRow = {
  members: Partial<Record<Party, number>> | null;
  invitations: Partial<Record<Party, number>> | null;
  hasDinner: boolean;
  groupChatUrl: string | null;
  dinnersPerYearTarget: number;
};

// A new programme's first steps for its coordinators (issue 14): invite the first members
// of each party, plan the first dinner, share the group-chat link. Each step is done by
// the data itself (a member or open invitation per party, any dinner, a saved link), so
// the path checks itself off and disappears when all is done. One JSON column (a scalar
// subquery, null only without the programme): the programme overview embeds it in its one
// statement for those who may edit the programme (decision 029) and decodes it with
// firstRunFromJson.
export function firstRunJsonSql(programmeId: string, now: Date): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object(
      'members', (SELECT json_object_agg(c."party", c."count") FROM (SELECT m."party", count(*)::int AS "count" FROM "Membership" m
        WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL GROUP BY m."party") c),
      'invitations', (SELECT json_object_agg(c."party", c."count") FROM (SELECT i."party", count(*)::int AS "count" FROM "Invitation" i
        WHERE i."programmeId" = ${programmeId} AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND i."expiresAt" > ${now} GROUP BY i."party") c),
      'hasDinner', EXISTS (SELECT 1 FROM "Dinner" d WHERE d."programmeId" = ${programmeId}),
      'groupChatUrl', g."groupChatUrl", 'dinnersPerYearTarget', g."dinnersPerYearTarget")
    FROM "Programme" g WHERE g."id" = ${programmeId})`;
}

export function firstRunFromJson(row: FirstRunRow) {
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

export type FirstRun = ReturnType<typeof firstRunFromJson>;

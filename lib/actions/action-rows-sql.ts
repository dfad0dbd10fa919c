import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead, ActionStatus, Party, TopicKey } from "@/lib/generated/prisma/enums";
import type { ActionFilters } from "./action-filters";
import { openSql, overdueSql } from "./status-sql";

// A page of a programme's actions with their topic, dinner and owners in ONE statement
// (one round trip), and the number of matching actions with it (count(*) OVER ()), instead
// of Prisma's nested select (actions, then topics, dinners, owners, memberships, people:
// six sequential round trips, each sending every id again) plus a separate count.
// Every table is reached through the programme's own rows (indexes on Action.programmeId,
// primary keys, ActionOwner's key; dinners and names as scalar subqueries by primary key, so
// the planner cannot hash-join whole tables): see `npm run bench`'s plan checks.

export type ActionRow = {
  id: string;
  title: string;
  description: string;
  status: ActionStatus;
  leadParty: ActionLead;
  dueDate: Date | null;
  dropReason: string | null;
  createdAt: Date;
  completedAt: Date | null;
  topic: { id: string; key: TopicKey | null; name: string | null } | null;
  dinner: { id: string; startsAt: Date } | null;
  // Sorted by name.
  owners: { id: string; name: string; party: Party }[];
};

type Raw = Omit<ActionRow, "topic" | "dinner"> & {
  topicId: string | null;
  topicKey: TopicKey | null;
  topicName: string | null;
  dinnerId: string | null;
  dinnerStartsAt: Date | null;
  matching: number;
};

// The filters (status, lead party, topic, owner) as SQL on alias `a`; `today` is the
// programme's calendar date (for "OVERDUE").
export function actionFiltersSql(programmeId: string, filters: ActionFilters, today: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a."programmeId" = ${programmeId}`];
  if (filters.status === "OVERDUE") parts.push(overdueSql("a", today));
  else if (filters.status === "active") parts.push(openSql("a"));
  else if (filters.status && filters.status !== "all") parts.push(Prisma.sql`a."status"::text = ${filters.status}`);
  if (filters.party) parts.push(Prisma.sql`a."leadParty"::text = ${filters.party}`);
  if (filters.topic) parts.push(Prisma.sql`a."topicId" = ${filters.topic}`);
  if (filters.owner) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActionOwner" fo WHERE fo."actionId" = a."id" AND fo."membershipId" = ${filters.owner})`);
  return Prisma.join(parts, " AND ");
}

export const actionOrder = {
  // The actions list and the follow-up list: due first, undated last.
  due: Prisma.sql`a."dueDate" ASC NULLS LAST, a."createdAt" ASC, a."id" ASC`,
  // Topic history: newest first.
  newest: Prisma.sql`a."createdAt" DESC, a."id" ASC`,
} as const;

export async function selectActionRows(options: {
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit?: number;
  offset?: number;
}): Promise<{ rows: ActionRow[]; matching: number }> {
  const page = options.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${options.limit} OFFSET ${options.offset ?? 0}`;
  const raw = await db.$queryRaw<Raw[]>`
    SELECT a."id", a."title", a."description", a."status"::text AS "status", a."leadParty"::text AS "leadParty",
           a."dueDate", a."dropReason", a."createdAt", a."completedAt",
           t."id" AS "topicId", t."key"::text AS "topicKey", t."name" AS "topicName",
           a."dinnerId", (SELECT d."startsAt" FROM "Dinner" d WHERE d."id" = a."dinnerId") AS "dinnerStartsAt",
           COALESCE((
             SELECT json_agg(json_build_object('id', w."id", 'name', w."name", 'party', w."party") ORDER BY w."name", w."id")
             FROM (SELECT m."id", m."party", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name"
                   FROM "ActionOwner" o JOIN "Membership" m ON m."id" = o."membershipId" WHERE o."actionId" = a."id") w
           ), '[]'::json) AS "owners",
           (count(*) OVER ())::int AS "matching"
    FROM "Action" a
    LEFT JOIN "Topic" t ON t."id" = a."topicId"
    WHERE ${options.where}
    ORDER BY ${options.orderBy}
    ${page}`;
  return {
    matching: raw[0]?.matching ?? 0,
    rows: raw.map(({ topicId, topicKey, topicName, dinnerId, dinnerStartsAt, matching: _matching, ...action }) => ({
      ...action,
      topic: topicId ? { id: topicId, key: topicKey, name: topicName } : null,
      dinner: dinnerId && dinnerStartsAt ? { id: dinnerId, startsAt: dinnerStartsAt } : null,
    })),
  };
}

import { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionLead, ActionStatus, Party, TopicKey } from "@/lib/generated/prisma/enums";
import type { ActionFilters } from "./action-filters";
import { openSql, overdueSql } from "./status-sql";

// A page of a programme's actions with their topic, dinner and owners in ONE statement
// (one round trip), and the number of matching actions with it (count(*) OVER ()), instead
// of Prisma's nested select (actions, then topics, dinners, owners, memberships, people:
// six sequential round trips, each sending every id again) plus a separate count.
// Every table is reached through the programme's own rows (indexes on Action.programmeId,
// primary keys, ActionOwner's key; topics and dinners as scalar subqueries by primary key, so
// the planner cannot hash-join whole tables): see `npm run bench`'s plan checks. The topic
// was a LEFT JOIN, which the actions list's generic plan answered by hashing every programme's
// topics (400 at 100 programmes), and each owner's name a scalar subquery run twice (for the
// JSON and for the ORDER BY): at 100 × 10 the actions list 0.31 → 0.24 ms, the follow-up list
// 0.38 → 0.35 ms (EXPLAIN ANALYZE medians).

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

type Raw = Omit<ActionRow, "dinner"> & {
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

type RowsOptions = { where: Prisma.Sql; orderBy: Prisma.Sql; limit?: number; offset?: number };

function actionRowsSql(options: RowsOptions): Prisma.Sql {
  const page = options.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${options.limit} OFFSET ${options.offset ?? 0}`;
  return Prisma.sql`
    SELECT a."id", a."title", a."description", a."status"::text AS "status", a."leadParty"::text AS "leadParty",
           a."dueDate", a."dropReason", a."createdAt", a."completedAt",
           (SELECT json_build_object('id', t."id", 'key', t."key", 'name', t."name") FROM "Topic" t WHERE t."id" = a."topicId") AS "topic",
           a."dinnerId", (SELECT d."startsAt" FROM "Dinner" d WHERE d."id" = a."dinnerId") AS "dinnerStartsAt",
           COALESCE((
             SELECT json_agg(json_build_object('id', m."id", 'name', p."name", 'party', m."party") ORDER BY p."name", m."id")
             FROM "ActionOwner" o JOIN "Membership" m ON m."id" = o."membershipId" JOIN "Person" p ON p."id" = m."personId"
             WHERE o."actionId" = a."id"
           ), '[]'::json) AS "owners",
           (count(*) OVER ())::int AS "matching"
    FROM "Action" a
    WHERE ${options.where}
    ORDER BY ${options.orderBy}
    ${page}`;
}

function actionRow({ topic, dinnerId, dinnerStartsAt, ...action }: Omit<Raw, "matching">): ActionRow {
  return { ...action, topic, dinner: dinnerId && dinnerStartsAt ? { id: dinnerId, startsAt: dinnerStartsAt } : null };
}

export async function selectActionRows(options: RowsOptions): Promise<{ rows: ActionRow[]; matching: number }> {
  const raw = await db.$queryRaw<Raw[]>(actionRowsSql(options));
  return { matching: raw[0]?.matching ?? 0, rows: raw.map(({ matching: _matching, ...row }) => actionRow(row)) };
}

type RawJson = Omit<Raw, "matching" | "dueDate" | "createdAt" | "completedAt" | "dinnerStartsAt"> & { dueDate: Millis | null; createdAt: Millis; completedAt: Millis | null; dinnerStartsAt: Millis | null };
export type ActionRowsJson = { matching: number; rows: RawJson[] };

// The same rows as one JSON column of another loader's statement (the follow-up dashboard
// sends one statement for its figures and its list, decisions 026 and 029), in the same
// order; decode with actionRowsFromJson. Times as milliseconds (lib/db/json-times.ts).
export function actionRowsJsonSql(options: RowsOptions): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object('matching', COALESCE(max(a."matching"), 0), 'rows', COALESCE(json_agg(json_build_object(
      'id', a."id", 'title', a."title", 'description', a."description", 'status', a."status", 'leadParty', a."leadParty",
      'dueDate', ${millis('a."dueDate"')}, 'dropReason', a."dropReason", 'createdAt', ${millis('a."createdAt"')}, 'completedAt', ${millis('a."completedAt"')},
      'topic', a."topic", 'dinnerId', a."dinnerId", 'dinnerStartsAt', ${millis('a."dinnerStartsAt"')}, 'owners', a."owners")
      ORDER BY ${options.orderBy}), '[]'::json))
    FROM (${actionRowsSql(options)}) a)`;
}

export function actionRowsFromJson(json: ActionRowsJson): { rows: ActionRow[]; matching: number } {
  const date = (value: Millis | null) => (value === null ? null : new Date(value));
  return {
    matching: json.matching,
    rows: json.rows.map((r) => actionRow({ ...r, dueDate: date(r.dueDate), createdAt: new Date(r.createdAt), completedAt: date(r.completedAt), dinnerStartsAt: date(r.dinnerStartsAt) })),
  };
}

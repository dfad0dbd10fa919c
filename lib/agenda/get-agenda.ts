import { db } from "@/lib/db";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openSql } from "@/lib/actions/status-sql";
import { toIsoDate, todayInZone } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import type { ActionLead, ActionStatus, DinnerStatus, Party, Visibility } from "@/lib/generated/prisma/enums";
import { millis, type Millis } from "@/lib/db/json-times";
import { programmeTopicsJson, type TopicJson } from "@/lib/topics/topics-json";

// How many of each topic's oldest open actions the agenda shows; the rest are counted and
// one link away (the actions list, filtered by topic). Keeps the page bounded however long
// the history (issue 10: 113 kB of HTML after 10 years when every open action was listed).
export const reviewShownPerTopic = 3;

type ReviewRow = {
  id: string;
  title: string;
  status: ActionStatus;
  leadParty: ActionLead;
  dueDate: Millis | null;
  createdAt: Millis;
  topicId: string | null;
  inTopic: number;
  overdueInTopic: number;
  owners: { id: string; name: string; party: Party }[];
};

type AgendaRow = {
  dinner: { id: string; startsAt: Millis; status: DinnerStatus; venueName: string } | null;
  items: { id: string; title: string; notes: string; visibility: Visibility; position: number; version: number; topicId: string | null }[];
  toReview: ReviewRow[];
  topics: TopicJson[];
};

// A dinner's agenda. It opens with "actions to review": the actions still open or in
// progress that were agreed at an earlier dinner (or, without a dinner, logged before this
// one), grouped by topic, oldest first: per topic the count (and how many are overdue) and
// its oldest few. Items marked "professionals only" are left out for community members.
// ONE statement whatever the size of the programme (decision 026).
export async function getAgenda(viewer: Viewer | null, programmeId: string, dinnerId: string, now = new Date()) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const professional = isProfessional(membership);
  const today = todayInZone(now, membership.timeZone);

  const [row] = await db.$queryRaw<AgendaRow[]>`
    WITH dinner AS (
      SELECT d."id", d."startsAt", d."status", d."venueName" FROM "Dinner" d WHERE d."id" = ${dinnerId} AND d."programmeId" = ${programmeId}
    ), open AS MATERIALIZED (
      -- The programme's open actions (index on programmeId, status), each one's dinner by
      -- primary key: no scan over other programmes' dinners. MATERIALIZED: inlined, "agreedAt"
      -- was looked up twice per action (for the filter and for the sort; 130 lookups for 65
      -- open actions), and each owner's name twice too: 0.47 → 0.39 ms at 100 × 10.
      SELECT a."id", a."title", a."status", a."leadParty", a."dueDate", a."createdAt", a."topicId",
             COALESCE((SELECT d."startsAt" FROM "Dinner" d WHERE d."id" = a."dinnerId"), a."createdAt") AS "agreedAt"
      FROM "Action" a
      WHERE a."programmeId" = ${programmeId} AND ${openSql("a")}
    ), ranked AS (
      SELECT o.*,
             row_number() OVER (PARTITION BY o."topicId" ORDER BY o."agreedAt", o."createdAt", o."id") AS "rank",
             (count(*) OVER (PARTITION BY o."topicId"))::int AS "inTopic",
             (count(*) FILTER (WHERE o."dueDate" < ${toIsoDate(today)}::date) OVER (PARTITION BY o."topicId"))::int AS "overdueInTopic"
      FROM open o WHERE o."agreedAt" < (SELECT "startsAt" FROM dinner)
    )
    SELECT
      (SELECT json_build_object('id', d."id", 'startsAt', ${millis('d."startsAt"')}, 'status', d."status", 'venueName', d."venueName") FROM dinner d) AS "dinner",
      COALESCE((SELECT json_agg(json_build_object('id', i."id", 'title', i."title", 'notes', i."notes", 'visibility', i."visibility", 'position', i."position",
                                                  'version', i."version", 'topicId', i."topicId") ORDER BY i."position", i."createdAt")
                FROM "AgendaItem" i WHERE i."dinnerId" = (SELECT "id" FROM dinner) AND (${professional} OR i."visibility" = 'ALL_MEMBERS')), '[]'::json) AS "items",
      COALESCE((SELECT json_agg(json_build_object('id', r."id", 'title', r."title", 'status', r."status", 'leadParty', r."leadParty",
                                                  'dueDate', ${millis('r."dueDate"')}, 'createdAt', ${millis('r."createdAt"')}, 'topicId', r."topicId",
                                                  'inTopic', r."inTopic", 'overdueInTopic', r."overdueInTopic",
                                                  'owners', COALESCE((
                                                    SELECT json_agg(json_build_object('id', m."id", 'name', p."name", 'party', m."party") ORDER BY p."name", m."id")
                                                    FROM "ActionOwner" o JOIN "Membership" m ON m."id" = o."membershipId" JOIN "Person" p ON p."id" = m."personId"
                                                    WHERE o."actionId" = r."id"), '[]'::json))
                                ORDER BY r."agreedAt", r."createdAt", r."id")
                FROM ranked r WHERE r."rank" <= ${reviewShownPerTopic}), '[]'::json) AS "toReview",
      -- All the programme's topics (archived ones too: an item may be on one), so neither the
      -- items nor the actions need a query of their own for their topic.
      ${programmeTopicsJson(programmeId)} AS "topics"`;
  if (!row?.dinner) throw new NotFoundError();
  const dinner = { ...row.dinner, startsAt: new Date(row.dinner.startsAt) };
  const { items, toReview, topics: allTopics } = row;

  const topicById = new Map(allTopics.map(({ archivedAt: _archivedAt, ...topic }) => [topic.id, topic]));
  const topicOf = (id: string | null) => (id ? (topicById.get(id) ?? null) : null);
  const topics = allTopics.filter((t) => t.archivedAt === null).map(({ archivedAt: _archivedAt, ...topic }) => topic);
  // Oldest first; each action carries its topic's group (how many open, how many overdue).
  const actionsToReview = toReview.map(({ topicId, inTopic, overdueInTopic, dueDate, createdAt, ...action }) => ({
    ...action,
    dueDate: dueDate === null ? null : new Date(dueDate),
    createdAt: new Date(createdAt),
    topic: topicOf(topicId),
    group: { topicId, count: inTopic, overdue: overdueInTopic },
  }));

  return {
    dinner,
    timeZone: membership.timeZone,
    items: items.map(({ topicId, ...item }) => ({ ...item, topic: topicOf(topicId) })),
    actionsToReview,
    topics,
    canEdit: can(viewer, "agenda.edit", programmeId),
    canLogAction: can(viewer, "action.create", programmeId),
    mayUseProfessionalsOnly: professional,
  };
}

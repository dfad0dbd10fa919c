import { db } from "@/lib/db";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openSql } from "@/lib/actions/status-sql";
import { toIsoDate, todayInZone } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import type { ActionLead, ActionStatus, DinnerStatus, Party, Visibility } from "@/lib/generated/prisma/enums";
import { millis, type Millis } from "@/lib/db/json-times";
import type { SignalRow } from "@/lib/signals/signal-row";
import { readableSignalsSql } from "@/lib/signals/signal-visibility";
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

type IncidentReviewRow = { id: string; whatHappened: string; review: string | null; closedAt: Millis | null; openedAt: Millis | null };

// A listed signal with its time in milliseconds (lib/db/json-times.ts), and whether it was put on this agenda.
type SignalJson = Omit<SignalRow, "createdAt"> & { createdAt: Millis; onAgenda: boolean };

type AgendaRow = {
  dinner: { id: string; startsAt: Millis; status: DinnerStatus; venueName: string } | null;
  items: { id: string; title: string; notes: string; visibility: Visibility; position: number; version: number; topicId: string | null }[];
  toReview: ReviewRow[];
  topics: TopicJson[];
  incidentReviews: IncidentReviewRow[];
  signals: SignalJson[];
};

// A dinner's agenda. It opens with "actions to review": the actions still open or in
// progress that were agreed at an earlier dinner (or, without a dinner, logged before this
// one), grouped by topic, oldest first: per topic the count (and how many are overdue) and
// its oldest few. Items marked "professionals only" are left out for community members.
// Then what happened since the dinner before this one (the latest not cancelled): the
// signals put on this agenda and those reported since, as far as the viewer may read them
// (on-agenda first), and the reviews of incidents closed since ("what did we learn").
// ONE statement whatever the size of the programme (decision 026), the reviews and signals
// included: every statement costs the Node server more than PostgreSQL's work on it
// (decision 029), so they are JSON columns here rather than loaders of their own.
export async function getAgenda(viewer: Viewer | null, programmeId: string, dinnerId: string, now = new Date()) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const professional = isProfessional(membership);
  const today = todayInZone(now, membership.timeZone);

  const [row] = await db.$queryRaw<AgendaRow[]>`
    WITH dinner AS (
      -- With the start of the dinner before it (not cancelled; index on programmeId, startsAt).
      SELECT d."id", d."startsAt", d."status", d."venueName",
             (SELECT p."startsAt" FROM "Dinner" p
              WHERE p."programmeId" = d."programmeId" AND p."status" <> 'CANCELLED' AND p."startsAt" < d."startsAt"
              ORDER BY p."startsAt" DESC LIMIT 1) AS "previousStartsAt"
      FROM "Dinner" d WHERE d."id" = ${dinnerId} AND d."programmeId" = ${programmeId}
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
    ), since AS (
      -- The signals put on this agenda (index on agendaDinnerId) and, apart from those, the
      -- ones reported between the dinner before and this one (index on programmeId,
      -- createdAt): two index scans of this programme's rows, never a filter over all of
      -- its signals. At most 100: those put on this agenda first, then the oldest.
      SELECT x.* FROM (
        SELECT s."id", s."text", s."level", s."source", s."visibility", s."status", s."createdAt", s."topicId", s."areaId", true AS "onAgenda"
        FROM "Signal" s
        WHERE s."agendaDinnerId" = (SELECT "id" FROM dinner) AND ${readableSignalsSql(membership, "s")}
        UNION ALL
        SELECT s."id", s."text", s."level", s."source", s."visibility", s."status", s."createdAt", s."topicId", s."areaId", false AS "onAgenda"
        FROM "Signal" s
        WHERE ${readableSignalsSql(membership, "s")}
          AND s."createdAt" >= COALESCE((SELECT "previousStartsAt" FROM dinner), '-infinity'::timestamptz) AND s."createdAt" < (SELECT "startsAt" FROM dinner)
          AND s."agendaDinnerId" IS DISTINCT FROM (SELECT "id" FROM dinner)
      ) x
      ORDER BY x."onAgenda" DESC, x."createdAt", x."id"
      LIMIT 100
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
      ${programmeTopicsJson(programmeId)} AS "topics",
      -- "What did we learn": incidents closed since the dinner before (index on programmeId, closedAt).
      COALESCE((SELECT json_agg(json_build_object('id', n."id", 'whatHappened', n."whatHappened", 'review', n."review",
                                                  'closedAt', ${millis('n."closedAt"')}, 'openedAt', ${millis('n."openedAt"')})
                                ORDER BY n."closedAt", n."id")
                FROM "Incident" n
                WHERE n."programmeId" = ${programmeId} AND n."status" = 'CLOSED'
                  AND n."closedAt" >= COALESCE((SELECT "previousStartsAt" FROM dinner), '-infinity'::timestamptz) AND n."closedAt" < (SELECT "startsAt" FROM dinner)), '[]'::json) AS "incidentReviews",
      -- Each signal's topic and part of the neighbourhood by primary key.
      COALESCE((SELECT json_agg(json_build_object('id', s."id", 'text', s."text", 'level', s."level", 'source', s."source", 'visibility', s."visibility",
                                                  'status', s."status", 'createdAt', ${millis('s."createdAt"')}, 'onAgenda', s."onAgenda",
                                                  'topic', (SELECT json_build_object('key', t."key", 'name', t."name") FROM "Topic" t WHERE t."id" = s."topicId"),
                                                  'area', (SELECT json_build_object('name', a."name") FROM "SignalArea" a WHERE a."id" = s."areaId"))
                                ORDER BY s."onAgenda" DESC, s."createdAt", s."id")
                FROM since s), '[]'::json) AS "signals"`;
  if (!row?.dinner) throw new NotFoundError();
  const dinner = { ...row.dinner, startsAt: new Date(row.dinner.startsAt) };
  const { items, toReview, topics: allTopics, incidentReviews, signals } = row;

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
    incidentReviews: incidentReviews.map(({ closedAt, openedAt, ...review }) => ({
      ...review,
      closedAt: closedAt === null ? null : new Date(closedAt),
      openedAt: openedAt === null ? null : new Date(openedAt),
    })),
    signals: signals.map(({ createdAt, ...signal }) => ({ ...signal, createdAt: new Date(createdAt) })),
    canEdit: can(viewer, "agenda.edit", programmeId),
    canLogAction: can(viewer, "action.create", programmeId),
    mayUseProfessionalsOnly: professional,
  };
}

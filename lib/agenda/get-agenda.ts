import { db } from "@/lib/db";
import { authorize, can, isProfessional } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openSql } from "@/lib/actions/status-sql";
import { toIsoDate, todayInZone } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import type { ActionLead, ActionStatus, Party } from "@/lib/generated/prisma/enums";

// How many of each topic's oldest open actions the agenda shows; the rest are counted and
// one link away (the actions list, filtered by topic). Keeps the page bounded however long
// the history (issue 10: 113 kB of HTML after 10 years when every open action was listed).
export const reviewShownPerTopic = 3;

type ReviewRow = {
  id: string;
  title: string;
  status: ActionStatus;
  leadParty: ActionLead;
  dueDate: Date | null;
  createdAt: Date;
  agreedAt: Date;
  topicId: string | null;
  inTopic: number;
  overdueInTopic: number;
  owners: { id: string; name: string; party: Party }[];
};

// A dinner's agenda. It opens with "actions to review": the actions still open or in
// progress that were agreed at an earlier dinner (or, without a dinner, logged before this
// one), grouped by topic, oldest first: per topic the count (and how many are overdue) and
// its oldest few. Items marked "professionals only" are left out for community members.
// Four statements in two round trips whatever the size of the programme.
export async function getAgenda(viewer: Viewer | null, programmeId: string, dinnerId: string, now = new Date()) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const professional = isProfessional(membership);
  const dinner = await db.dinner.findFirst({
    where: { id: dinnerId, programmeId },
    select: { id: true, startsAt: true, status: true, venueName: true, programme: { select: { timeZone: true } } },
  });
  if (!dinner) throw new NotFoundError();
  const today = todayInZone(now, dinner.programme.timeZone);

  const [items, toReview, allTopics] = await Promise.all([
    db.agendaItem.findMany({
      where: { dinnerId, visibility: professional ? undefined : "ALL_MEMBERS" },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, notes: true, visibility: true, position: true, version: true, topicId: true },
    }),
    // The programme's open actions (index on programmeId, status), each one's dinner by
    // primary key: no scan over other programmes' dinners.
    db.$queryRaw<ReviewRow[]>`
      WITH open AS (
        SELECT a."id", a."title", a."status"::text AS "status", a."leadParty"::text AS "leadParty", a."dueDate", a."createdAt", a."topicId",
               COALESCE((SELECT d."startsAt" FROM "Dinner" d WHERE d."id" = a."dinnerId"), a."createdAt") AS "agreedAt"
        FROM "Action" a
        WHERE a."programmeId" = ${programmeId} AND ${openSql("a")}
      ), earlier AS (
        SELECT o.* FROM open o WHERE o."agreedAt" < ${dinner.startsAt}
      ), ranked AS (
        SELECT e.*,
               row_number() OVER (PARTITION BY e."topicId" ORDER BY e."agreedAt", e."createdAt", e."id") AS "rank",
               (count(*) OVER (PARTITION BY e."topicId"))::int AS "inTopic",
               (count(*) FILTER (WHERE e."dueDate" < ${toIsoDate(today)}::date) OVER (PARTITION BY e."topicId"))::int AS "overdueInTopic"
        FROM earlier e
      )
      SELECT r."id", r."title", r."status", r."leadParty", r."dueDate", r."createdAt", r."agreedAt", r."topicId", r."inTopic", r."overdueInTopic",
             COALESCE((
               SELECT json_agg(json_build_object('id', w."id", 'name', w."name", 'party', w."party") ORDER BY w."name", w."id")
               FROM (SELECT m."id", m."party", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name"
                     FROM "ActionOwner" o JOIN "Membership" m ON m."id" = o."membershipId" WHERE o."actionId" = r."id") w
             ), '[]'::json) AS "owners"
      FROM ranked r
      WHERE r."rank" <= ${reviewShownPerTopic}
      ORDER BY r."agreedAt", r."createdAt", r."id"`,
    // All the programme's topics (archived ones too: an item may be on one), so neither the
    // items nor the actions need a query of their own for their topic.
    db.topic.findMany({
      where: { programmeId },
      orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: { id: true, key: true, name: true, archivedAt: true },
    }),
  ]);

  const topicById = new Map(allTopics.map(({ archivedAt: _archivedAt, ...topic }) => [topic.id, topic]));
  const topicOf = (id: string | null) => (id ? (topicById.get(id) ?? null) : null);
  const topics = allTopics.filter((t) => !t.archivedAt).map(({ archivedAt: _archivedAt, ...topic }) => topic);
  // Oldest first; each action carries its topic's group (how many open, how many overdue).
  const actionsToReview = toReview.map(({ topicId, inTopic, overdueInTopic, agreedAt: _agreedAt, ...action }) => ({
    ...action,
    topic: topicOf(topicId),
    group: { topicId, count: inTopic, overdue: overdueInTopic },
  }));

  const { programme, ...dinnerFields } = dinner;
  return {
    dinner: dinnerFields,
    timeZone: programme.timeZone,
    items: items.map(({ topicId, ...item }) => ({ ...item, topic: topicOf(topicId) })),
    actionsToReview,
    topics,
    canEdit: can(viewer, "agenda.edit", programmeId),
    canLogAction: can(viewer, "action.create", programmeId),
    mayUseProfessionalsOnly: professional,
  };
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { ActionLead, Party, TopicKey } from "@/lib/generated/prisma/enums";
import { leadParties, type ActionFilters } from "@/lib/actions/action-filters";
import { actionRowsFromJson, actionRowsJsonSql, type ActionRowsJson } from "@/lib/actions/action-rows-sql";
import { openSql, overdueSql } from "@/lib/actions/status-sql";
import { NotFoundError } from "@/lib/errors";
import { programmeTopicsJson, type TopicJson } from "@/lib/topics/topics-json";
import { followUpList, followUpRows, type ListOptions } from "./follow-up-list";
import { followUpYear } from "./follow-up-year";

export type FollowUpFigures = {
  total: number;
  open: number; // OPEN or IN_PROGRESS, overdue included
  overdue: number; // open and due before today
  done: number;
  dropped: number;
  // done / (total − dropped): the share of what was not consciously dropped that got done.
  completionRate: number | null;
  // Median of (completedAt − createdAt) in days over the done actions.
  medianDaysToDone: number | null;
};

export type FollowUpDashboard = Awaited<ReturnType<typeof getFollowUpDashboard>>;

type FigureRow = {
  byParty: number;
  byTopic: number;
  leadParty: ActionLead | null;
  topicId: string | null;
  total: number;
  open: number;
  overdue: number;
  done: number;
  dropped: number;
  medianDaysToDone: number | null;
};

const noFigures: FigureRow = { byParty: 1, byTopic: 1, leadParty: null, topicId: null, total: 0, open: 0, overdue: 0, done: 0, dropped: 0, medianDaysToDone: null };

function figures(row: FigureRow | undefined): FollowUpFigures {
  const { total, open, overdue, done, dropped, medianDaysToDone } = row ?? noFigures;
  const counted = total - dropped;
  return { total, open, overdue, done, dropped, completionRate: counted > 0 ? done / counted : null, medianDaysToDone: medianDaysToDone ?? null };
}

type DashboardRow = {
  figures: FigureRow[];
  topics: TopicJson[];
  owners: { id: string; party: Party; name: string }[];
  first: Date | null;
  createdAt: Date;
  list: ActionRowsJson;
};

// The programme's follow-up figures for one year (actions by creation date, in the
// programme's time zone): totals, per lead party and per topic (grouping sets); plus what the
// list's filters offer, the years to pick from and a page of the filtered list (`list`, as
// listFollowUpActions makes it for the CSV). ONE statement whatever the data size
// (tests/integration/query-budget.test.ts; decisions 026, 029: the list was a statement of
// its own): the programme's name and zone come with the viewer.
export async function getFollowUpDashboard(viewer: Viewer | null, programmeId: string, filters: ActionFilters = {}, list: ListOptions = {}, now = new Date()) {
  const { membership } = authorize(viewer, "action.view", programmeId);
  const year = followUpYear(filters.year, membership.timeZone, now);

  const [row] = await db.$queryRaw<DashboardRow[]>`
    SELECT
      COALESCE((SELECT json_agg(f) FROM (
        SELECT GROUPING(a."leadParty")::int AS "byParty",
               GROUPING(a."topicId")::int AS "byTopic",
               a."leadParty"::text AS "leadParty",
               a."topicId" AS "topicId",
               count(*)::int AS "total",
               count(*) FILTER (WHERE ${openSql("a")})::int AS "open",
               count(*) FILTER (WHERE ${overdueSql("a", year.today)})::int AS "overdue",
               count(*) FILTER (WHERE a."status" = 'DONE')::int AS "done",
               count(*) FILTER (WHERE a."status" = 'DROPPED')::int AS "dropped",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM a."completedAt" - a."createdAt") / 86400)::float8)
                 FILTER (WHERE a."status" = 'DONE' AND a."completedAt" IS NOT NULL) AS "medianDaysToDone"
        FROM "Action" a
        WHERE a."programmeId" = ${programmeId}
          AND a."createdAt" >= ${year.start.toISOString()}::timestamptz
          AND a."createdAt" < ${year.end.toISOString()}::timestamptz
        GROUP BY GROUPING SETS ((), (a."leadParty"), (a."topicId"))) f), '[]'::json) AS "figures",
      ${programmeTopicsJson(programmeId)} AS "topics",
      -- Everyone who owns (or owned) an action here: the owner filter's choices. From the
      -- programme's memberships (its index), each one's name by primary key: no join over
      -- the whole Person table to sort.
      COALESCE((SELECT json_agg(o ORDER BY o."name", o."id") FROM (
        SELECT m."id", m."party"::text AS "party", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name"
        FROM "Membership" m
        WHERE m."programmeId" = ${programmeId} AND EXISTS (SELECT 1 FROM "ActionOwner" o WHERE o."membershipId" = m."id")) o), '[]'::json) AS "owners",
      -- The first year with actions (the index on Action(programmeId, createdAt) answers it).
      (SELECT min(a."createdAt") FROM "Action" a WHERE a."programmeId" = ${programmeId}) AS "first",
      g."createdAt",
      ${actionRowsJsonSql(followUpRows(programmeId, filters, year, list))} AS "list"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  const { figures: rows, topics, owners } = row;
  const totals = rows.find((r) => r.byParty === 1 && r.byTopic === 1);
  const partyRows = rows.filter((r) => r.byParty === 0);
  const topicRows = rows.filter((r) => r.byTopic === 0);

  const firstYear = Math.min(followUpYear(undefined, membership.timeZone, row.first ?? row.createdAt).year, year.currentYear);
  const years: number[] = [];
  for (let y = Math.max(year.currentYear, year.year); y >= Math.min(firstYear, year.year); y--) years.push(y);

  const topicEntries: { id: string | null; key: TopicKey | null; name: string | null; archived: boolean; figures: FollowUpFigures }[] = topics
    .map((topic) => ({ id: topic.id, key: topic.key, name: topic.name, archived: topic.archivedAt !== null, figures: figures(topicRows.find((r) => r.topicId === topic.id)) }))
    .filter((entry) => !entry.archived || entry.figures.total > 0);
  const untopical = topicRows.find((r) => r.topicId === null);
  if (untopical) topicEntries.push({ id: null, key: null, name: null, archived: false, figures: figures(untopical) });

  const programme = { id: programmeId, name: membership.programmeName, timeZone: membership.timeZone };
  return {
    programme,
    year: year.year,
    years,
    totals: figures(totals),
    byParty: leadParties.map((party) => ({ party, figures: figures(partyRows.find((r) => r.leadParty === party)) })),
    byTopic: topicEntries,
    topics: topics.map((t) => ({ id: t.id, key: t.key, name: t.name })),
    owners: owners.map((m) => ({ id: m.id, name: m.name, party: m.party })),
    list: followUpList(programme, year, list, actionRowsFromJson(row.list)),
  };
}

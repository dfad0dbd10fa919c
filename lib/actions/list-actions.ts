import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { todayInZone } from "@/lib/dates";
import type { Party } from "@/lib/generated/prisma/enums";
import { fromTopicJson, programmeTopicsJson, type TopicJson } from "@/lib/topics/topics-json";
import { type ActionFilters } from "./action-filters";
import { actionFiltersSql, actionOrder, selectActionRows } from "./action-rows-sql";

// How many actions one page of the list shows (issue 10: after 10 years the unbounded
// list was 119 kB of HTML).
// 10 a page: with the header and the filters, a page stays under 50 kB of HTML (issue 10).
export const actionsPageSize = 10;

export function parsePage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

// The programme's actions, filtered (open ones by default), one page at a time, with what
// the filters offer. The rows with their topic, dinner and owners and the number matching
// come in one statement (lib/actions/action-rows-sql.ts), what the filters offer in another.
// Two statements, one round trip:
// the programme's zone ("overdue" needs its today) comes with the viewer's membership.
export async function listActions(viewer: Viewer | null, programmeId: string, filters: ActionFilters = {}, now = new Date(), page = 1) {
  const { membership } = authorize(viewer, "action.view", programmeId);
  const applied = { ...filters, status: filters.status ?? "active" } satisfies ActionFilters;
  const [{ rows, matching }, [choices]] = await Promise.all([
    selectActionRows({
      where: actionFiltersSql(programmeId, applied, todayInZone(now, membership.timeZone)),
      orderBy: actionOrder.due,
      limit: actionsPageSize,
      offset: (page - 1) * actionsPageSize,
    }),
    // What the filters offer, in one statement: the topics, and the members (those who left
    // only while they still own actions), each one's name by primary key.
    db.$queryRaw<{ topics: TopicJson[]; members: { id: string; party: Party; name: string }[] }[]>`
      SELECT
        ${programmeTopicsJson(programmeId)} AS "topics",
        COALESCE((SELECT json_agg(w ORDER BY w."name", w."id") FROM (
          SELECT m."id", m."party", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name"
          FROM "Membership" m
          WHERE m."programmeId" = ${programmeId}
            AND (m."leftAt" IS NULL OR EXISTS (SELECT 1 FROM "ActionOwner" o WHERE o."membershipId" = m."id"))) w), '[]'::json) AS "members"`,
  ]);
  const topics = choices!.topics.map(fromTopicJson);
  const { members } = choices!;
  return {
    timeZone: membership.timeZone,
    filters: applied,
    actions: rows,
    total: matching,
    page,
    pages: Math.max(1, Math.ceil(matching / actionsPageSize)),
    topics,
    members,
    canCreate: can(viewer, "action.create", programmeId),
  };
}

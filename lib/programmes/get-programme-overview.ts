import { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openSql, overdueSql } from "@/lib/actions/status-sql";
import { NotFoundError } from "@/lib/errors";
import type { ActionStatus, DinnerStatus, Party, RsvpResponse } from "@/lib/generated/prisma/enums";
import { todayInZone, yearRange } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { contactHealthFromJson, contactHealthJsonSql, type ContactHealthRow } from "@/lib/contact/contact-health";
import { firstRunFromJson, firstRunJsonSql, type FirstRunRow } from "./first-run";

export type ProgrammeOverview = Awaited<ReturnType<typeof getProgrammeOverview>>;

type OverviewRow = {
  programme: { id: string; name: string; municipality: string; neighbourhood: string; policeTeam: string; timeZone: string; dinnersPerYearTarget: number; groupChatUrl: string | null } | null;
  nextDinner: { id: string; startsAt: Millis; endsAt: Millis; venueName: string; venueAddress: string; myResponse: RsvpResponse | null } | null;
  dinnerCounts: Partial<Record<DinnerStatus, number>> | null;
  open: number;
  overdue: number;
  overdueList: { id: string; title: string; dueDate: Millis; leadParty: Party; status: ActionStatus }[];
  contactHealth: ContactHealthRow[];
  firstRun: FirstRunRow | null;
};

// The programme at a glance in ONE statement (each statement costs the CPU-bound server
// 0.3–0.5 ms of its own: decisions 026, 029): the programme, the next dinner with my
// answer, the year's dinners by status, the open and overdue actions and the five most
// overdue, the contact health and, for those who may edit the programme, its first steps
// (null for the others). The last two are JSON columns whose SQL and decoders live with
// them (lib/contact/contact-health.ts, ./first-run.ts): the page sent three
// statements side by side, each costing the server of its own (decision 029). The year and
// "today" are the programme's own (its zone comes with the viewer).
export async function getProgrammeOverview(viewer: Viewer | null, programmeId: string, now = new Date()) {
  const { membership } = authorize(viewer, "programme.view", programmeId);
  authorize(viewer, "contact.view", programmeId);
  const mayListQuiet = can(viewer, "contact.quiet", programmeId);
  const mayEdit = can(viewer, "programme.edit", programmeId);
  const year = yearRange(now, membership.timeZone);
  const today = todayInZone(now, membership.timeZone);
  const [row] = await db.$queryRaw<OverviewRow[]>`
    SELECT
      (SELECT json_build_object('id', g."id", 'name', g."name", 'municipality', g."municipality", 'neighbourhood', g."neighbourhood", 'policeTeam', g."policeTeam",
                                'timeZone', g."timeZone", 'dinnersPerYearTarget', g."dinnersPerYearTarget", 'groupChatUrl', g."groupChatUrl")
       FROM "Programme" g WHERE g."id" = ${programmeId}) AS "programme",
      (SELECT json_build_object('id', d."id", 'startsAt', ${millis('d."startsAt"')}, 'endsAt', ${millis('d."endsAt"')},
                                'venueName', d."venueName", 'venueAddress', d."venueAddress",
                                'myResponse', (SELECT r."response" FROM "Rsvp" r WHERE r."dinnerId" = d."id" AND r."membershipId" = ${membership.id}))
       FROM "Dinner" d
       WHERE d."programmeId" = ${programmeId} AND d."status" = 'PLANNED' AND d."startsAt" >= ${now}
       ORDER BY d."startsAt" LIMIT 1) AS "nextDinner",
      (SELECT json_object_agg(c."status", c."count")
       FROM (SELECT d."status", count(*)::int AS "count" FROM "Dinner" d
             WHERE d."programmeId" = ${programmeId} AND d."startsAt" >= ${year.start} AND d."startsAt" < ${year.end}
             GROUP BY d."status") c) AS "dinnerCounts",
      (SELECT count(*)::int FROM "Action" a WHERE a."programmeId" = ${programmeId} AND ${openSql("a")}) AS "open",
      (SELECT count(*)::int FROM "Action" a WHERE a."programmeId" = ${programmeId} AND ${overdueSql("a", today)}) AS "overdue",
      COALESCE((SELECT json_agg(o ORDER BY o."dueDate", o."id")
                FROM (SELECT a."id", a."title", ${millis('a."dueDate"')} AS "dueDate", a."leadParty", a."status"
                      FROM "Action" a WHERE a."programmeId" = ${programmeId} AND ${overdueSql("a", today)}
                      ORDER BY a."dueDate", a."id" LIMIT 5) o), '[]'::json) AS "overdueList",
      ${contactHealthJsonSql(programmeId, now)} AS "contactHealth",
      ${mayEdit ? firstRunJsonSql(programmeId, now) : Prisma.sql`NULL::json`} AS "firstRun"`;
  const { programme, nextDinner, dinnerCounts, open, overdue, overdueList, contactHealth, firstRun } = row!;
  // The membership was just read with the viewer; a programme deleted since is absent.
  if (!programme) throw new NotFoundError();
  const dinnerCount = (status: DinnerStatus) => dinnerCounts?.[status] ?? 0;
  return {
    programme,
    role: membership.role,
    year: year.year,
    nextDinner: nextDinner && { ...nextDinner, startsAt: new Date(nextDinner.startsAt), endsAt: new Date(nextDinner.endsAt) },
    dinners: { held: dinnerCount("HELD"), planned: dinnerCount("PLANNED"), cancelled: dinnerCount("CANCELLED"), target: programme.dinnersPerYearTarget },
    actions: {
      open,
      overdue,
      overdueList: overdueList.map((action) => ({ ...action, dueDate: new Date(action.dueDate) })),
    },
    contactHealth: contactHealthFromJson(contactHealth, mayListQuiet, now),
    // Present whenever the programme is (same statement), for those who may edit it.
    firstRun: mayEdit && firstRun ? firstRunFromJson(firstRun) : null,
  };
}

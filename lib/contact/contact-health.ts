import { millis, type Millis } from "@/lib/db/json-times";
import { daysBetween } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";

const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const satisfies readonly Party[];
const DAY = 86_400_000;

type MemberRow = { id: string; party: Party; joinedAt: Date; name: string; lastAt: Date | null };

// One member of contactHealthJsonSql's array: times in milliseconds (lib/db/json-times.ts).
export type ContactHealthRow = { lastDinnerAt: Millis | null; id: string; party: Party; joinedAt: Millis; name: string; lastAt: Millis | null };

// Contact in peace (issue 12): days since the last dinner; per party the share of members who
// took part in anything in the last eight weeks (a dinner attended, an answer to a dinner or
// an extra meeting, an update on an action or an incident, a signal reported, a check-in); and, for the
// coordinator only, who has not been heard from in three months (members who joined longer
// ago than that). One JSON column whatever the size of the programme (a scalar subquery,
// never null: '[]' without members), the members by name, then id: the programme overview
// embeds it in its one statement (decision 029) and decodes it with contactHealthFromJson.
// Callers check contact.view (and contact.quiet for the quiet members).
// Each member's last activity is looked up by that member (their own rows, on indexes): a
// membership belongs to one programme, so its rows are this programme's. Aggregating the
// programme's history instead made PostgreSQL scan every answer and update of the whole
// site (22 ms at 100 programmes × 10 years; issue 10, decision 025). The answers and the
// dinners attended are two lookups: taking the later of the two per answer looked up the
// dinner of every answer a member ever gave, twice (1.3 → 0.5 ms per call, decision 028).
// The times become milliseconds (lib/db/json-times.ts) around the select, which is as it was.
export function contactHealthJsonSql(programmeId: string, now: Date): Prisma.Sql {
  // The last dinner comes on every row: the viewer is an active member, so there is one.
  return Prisma.sql`COALESCE((SELECT json_agg(c ORDER BY c."name", c."id") FROM (
    SELECT ${millis('t."lastDinnerAt"')} AS "lastDinnerAt", t."id", t."party", ${millis('t."joinedAt"')} AS "joinedAt", t."name", ${millis('t."lastAt"')} AS "lastAt"
    FROM (
    SELECT (SELECT max(d."startsAt") FROM "Dinner" d
            WHERE d."programmeId" = ${programmeId} AND d."status" <> 'CANCELLED' AND d."startsAt" < ${now}) AS "lastDinnerAt",
           m."id", m."party"::text AS "party", m."joinedAt", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name",
           GREATEST(
             (SELECT max(r."respondedAt") FROM "Rsvp" r WHERE r."membershipId" = m."id" AND r."respondedAt" <= ${now}),
             (SELECT d."startsAt" FROM "Dinner" d JOIN "Rsvp" r ON r."dinnerId" = d."id" AND r."membershipId" = m."id" AND r."attended"
              WHERE d."programmeId" = ${programmeId} AND d."startsAt" <= ${now} ORDER BY d."startsAt" DESC LIMIT 1),
             (SELECT max(u."createdAt") FROM "ActionUpdate" u WHERE u."authorId" = m."id" AND u."createdAt" <= ${now}),
             (SELECT max(c."updatedAt") FROM "IncidentCheckIn" c WHERE c."membershipId" = m."id" AND c."updatedAt" <= ${now}),
             (SELECT max(iu."createdAt") FROM "IncidentUpdate" iu WHERE iu."authorId" = m."id" AND iu."createdAt" <= ${now}),
             (SELECT max(ma."updatedAt") FROM "IncidentMeetingAnswer" ma WHERE ma."membershipId" = m."id" AND ma."updatedAt" <= ${now}),
             (SELECT max(s."createdAt") FROM "Signal" s WHERE s."authorId" = m."id" AND s."createdAt" <= ${now})
           ) AS "lastAt"
    FROM "Membership" m
    WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL) t) c), '[]'::json)`;
}

// contactHealthJsonSql's members as the contact health: the quiet members only when the
// viewer may list them (contact.quiet), else null.
export function contactHealthFromJson(rows: readonly ContactHealthRow[], mayListQuiet: boolean, now: Date) {
  const members = rows.map((row) => ({
    id: row.id,
    party: row.party,
    joinedAt: new Date(row.joinedAt),
    name: row.name,
    lastAt: row.lastAt === null ? null : new Date(row.lastAt),
  }));
  const lastDinnerAt = rows[0]?.lastDinnerAt ?? null;
  const eightWeeksAgo = new Date(now.getTime() - 56 * DAY);
  const threeMonthsAgo = new Date(now.getTime() - 91 * DAY);
  const active = (member: MemberRow, since: Date) => member.lastAt !== null && member.lastAt >= since;
  return {
    daysSinceLastDinner: lastDinnerAt !== null ? daysBetween(new Date(lastDinnerAt), now) : null,
    parties: parties.map((party) => {
      const ofParty = members.filter((m) => m.party === party);
      const took = ofParty.filter((m) => active(m, eightWeeksAgo)).length;
      return { party, members: ofParty.length, tookPart: took, share: ofParty.length ? Math.round((took / ofParty.length) * 100) : null };
    }),
    quiet: mayListQuiet
      ? members
          .filter((m) => m.joinedAt < threeMonthsAgo && !active(m, threeMonthsAgo))
          .map((m) => ({ id: m.id, name: m.name, party: m.party, lastAt: m.lastAt }))
      : null,
  };
}

export type ContactHealth = ReturnType<typeof contactHealthFromJson>;

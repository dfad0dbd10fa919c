import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { daysBetween } from "@/lib/dates";
import type { Party } from "@/lib/generated/prisma/enums";

const parties = ["POLICE", "MUNICIPALITY", "COMMUNITY"] as const satisfies readonly Party[];
const DAY = 86_400_000;

// Contact in peace (issue 12): days since the last dinner; per party the share of members who
// took part in anything in the last eight weeks (a dinner attended, an answer to a dinner or
// an extra meeting, an update on an action or an incident, a signal reported, a check-in); and, for the
// coordinator only, who has not been heard from in three months (members who joined longer
// ago than that). Three queries whatever the size of the programme.
export async function getContactHealth(viewer: Viewer | null, programmeId: string, now = new Date()) {
  authorize(viewer, "contact.view", programmeId);
  const mayListQuiet = can(viewer, "contact.quiet", programmeId);
  const [lastDinner, members, activity] = await Promise.all([
    db.dinner.findFirst({ where: { programmeId, status: { not: "CANCELLED" }, startsAt: { lt: now } }, orderBy: { startsAt: "desc" }, select: { startsAt: true } }),
    db.membership.findMany({ where: { programmeId, leftAt: null }, orderBy: { person: { name: "asc" } }, select: { id: true, party: true, joinedAt: true, person: { select: { name: true } } } }),
    db.$queryRaw<{ membershipId: string; lastAt: Date }[]>`
      SELECT "membershipId", max(at) AS "lastAt" FROM (
        SELECT r."membershipId", GREATEST(r."respondedAt", CASE WHEN r.attended THEN d."startsAt" END) AS at
          FROM "Rsvp" r JOIN "Dinner" d ON d.id = r."dinnerId" WHERE d."programmeId" = ${programmeId}
        UNION ALL SELECT u."authorId", u."createdAt" FROM "ActionUpdate" u JOIN "Action" a ON a.id = u."actionId" WHERE a."programmeId" = ${programmeId}
        UNION ALL SELECT c."membershipId", c."updatedAt" FROM "IncidentCheckIn" c JOIN "Incident" i ON i.id = c."incidentId" WHERE i."programmeId" = ${programmeId}
        UNION ALL SELECT iu."authorId", iu."createdAt" FROM "IncidentUpdate" iu JOIN "Incident" i ON i.id = iu."incidentId" WHERE i."programmeId" = ${programmeId}
        UNION ALL SELECT ma."membershipId", ma."updatedAt" FROM "IncidentMeetingAnswer" ma JOIN "IncidentMeeting" m ON m.id = ma."meetingId" WHERE m."programmeId" = ${programmeId}
        UNION ALL SELECT s."authorId", s."createdAt" FROM "Signal" s WHERE s."programmeId" = ${programmeId}
      ) x WHERE "membershipId" IS NOT NULL AND at IS NOT NULL AND at <= ${now} GROUP BY "membershipId"`,
  ]);
  const lastAt = new Map(activity.map((a) => [a.membershipId, new Date(a.lastAt)]));
  const eightWeeksAgo = new Date(now.getTime() - 56 * DAY);
  const threeMonthsAgo = new Date(now.getTime() - 91 * DAY);
  const active = (id: string, since: Date) => (lastAt.get(id) ?? new Date(0)) >= since;
  return {
    daysSinceLastDinner: lastDinner ? daysBetween(lastDinner.startsAt, now) : null,
    parties: parties.map((party) => {
      const ofParty = members.filter((m) => m.party === party);
      const took = ofParty.filter((m) => active(m.id, eightWeeksAgo)).length;
      return { party, members: ofParty.length, tookPart: took, share: ofParty.length ? Math.round((took / ofParty.length) * 100) : null };
    }),
    quiet: mayListQuiet
      ? members
          .filter((m) => m.joinedAt < threeMonthsAgo && !active(m.id, threeMonthsAgo))
          .map((m) => ({ id: m.id, name: m.person.name, party: m.party, lastAt: lastAt.get(m.id) ?? null }))
      : null,
  };
}

export type ContactHealth = Awaited<ReturnType<typeof getContactHealth>>;

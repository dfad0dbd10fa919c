import { db } from "@/lib/db";
import { millis, type Millis } from "@/lib/db/json-times";
import type { DinnerStatus, Party, RsvpResponse, VenueKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { yearRange } from "@/lib/dates";
import { cadenceStatus } from "./cadence-status";
import { partyBalance } from "./party-balance";
import { suggestHost } from "./suggest-host";

export type DinnerYear = Awaited<ReturnType<typeof getDinnerYear>>;

export function parseYear(value: string | undefined): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

type DinnerJson = {
  id: string;
  startsAt: Millis;
  endsAt: Millis;
  status: DinnerStatus;
  venueKind: VenueKind;
  venueName: string;
  venueAddress: string;
  hostParty: Party | null;
  capacity: number | null;
};
type YearRow = {
  dinnersPerYearTarget: number;
  dinners: DinnerJson[];
  answers: { dinnerId: string; response: RsvpResponse; attended: boolean | null; party: Party }[];
  lastHeld: { id: string; startsAt: Millis } | null;
  upcoming: { id: string; startsAt: Millis } | null;
  recentHosts: { id: string; startsAt: Millis; status: DinnerStatus; hostParty: Party }[];
};

// The year view: the year's dinners against the target, warnings, the last dinner and
// host rotation. ONE statement whatever the number of dinners or members (decision 026):
// the programme's name and zone come with the viewer.
export async function getDinnerYear(viewer: Viewer | null, programmeId: string, requestedYear?: number, now = new Date()) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const current = yearRange(now, membership.timeZone);
  const year = requestedYear ?? current.year;
  const range = year === current.year ? current : yearRange(new Date(Date.UTC(year, 6, 1)), membership.timeZone);

  const [row] = await db.$queryRaw<YearRow[]>`
    SELECT g."dinnersPerYearTarget",
      COALESCE((SELECT json_agg(json_build_object('id', d."id", 'startsAt', ${millis('d."startsAt"')}, 'endsAt', ${millis('d."endsAt"')}, 'status', d."status",
                                                  'venueKind', d."venueKind", 'venueName', d."venueName", 'venueAddress', d."venueAddress",
                                                  'hostParty', d."hostParty", 'capacity', d."capacity") ORDER BY d."startsAt", d."id")
                FROM "Dinner" d WHERE d."programmeId" = ${programmeId} AND d."startsAt" >= ${range.start} AND d."startsAt" < ${range.end}), '[]'::json) AS "dinners",
      -- Who came or is coming, with each one's party by primary key.
      COALESCE((SELECT json_agg(json_build_object('dinnerId', r."dinnerId", 'response', r."response", 'attended', r."attended",
                                                  'party', (SELECT m."party" FROM "Membership" m WHERE m."id" = r."membershipId")))
                FROM "Dinner" d JOIN "Rsvp" r ON r."dinnerId" = d."id"
                WHERE d."programmeId" = ${programmeId} AND d."startsAt" >= ${range.start} AND d."startsAt" < ${range.end}
                  AND (r."response" = 'YES' OR r."attended" = true)), '[]'::json) AS "answers",
      (SELECT json_build_object('id', d."id", 'startsAt', ${millis('d."startsAt"')}) FROM "Dinner" d
       WHERE d."programmeId" = ${programmeId} AND d."status" = 'HELD' AND d."startsAt" <= ${now} ORDER BY d."startsAt" DESC LIMIT 1) AS "lastHeld",
      (SELECT json_build_object('id', d."id", 'startsAt', ${millis('d."startsAt"')}) FROM "Dinner" d
       WHERE d."programmeId" = ${programmeId} AND d."status" = 'PLANNED' AND d."startsAt" >= ${now} ORDER BY d."startsAt" LIMIT 1) AS "upcoming",
      COALESCE((SELECT json_agg(h ORDER BY h."startsAt" DESC) FROM (
        SELECT d."id", ${millis('d."startsAt"')} AS "startsAt", d."status", d."hostParty" FROM "Dinner" d
        WHERE d."programmeId" = ${programmeId} AND d."status" <> 'CANCELLED' AND d."hostParty" IS NOT NULL
        ORDER BY d."startsAt" DESC LIMIT 6) h), '[]'::json) AS "recentHosts"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row) throw new NotFoundError();
  const programme = { id: programmeId, name: membership.programmeName, timeZone: membership.timeZone, dinnersPerYearTarget: row.dinnersPerYearTarget };
  const at = <T extends { startsAt: Millis }>(value: T): Omit<T, "startsAt"> & { startsAt: Date } => ({ ...value, startsAt: new Date(value.startsAt) });
  const dinners = row.dinners.map((dinner) => ({ ...at(dinner), endsAt: new Date(dinner.endsAt) }));
  const { answers } = row;
  const lastHeld = row.lastHeld && at(row.lastHeld);
  const upcoming = row.upcoming && at(row.upcoming);
  const recentHosts = row.recentHosts.map(at);

  const count = (status: string) => dinners.filter((d) => d.status === status).length;
  const held = count("HELD");
  const planned = count("PLANNED");
  const cadence = cadenceStatus({
    target: programme.dinnersPerYearTarget,
    held,
    planned,
    hasUpcomingDinner: Boolean(upcoming),
    yearStart: range.start,
    yearEnd: range.end,
    now,
  });

  return {
    programme,
    year,
    currentYear: current.year,
    counts: { held, planned, cancelled: count("CANCELLED"), target: programme.dinnersPerYearTarget },
    cadence,
    awaitingAttendance: dinners.filter((d) => d.status === "PLANNED" && d.startsAt <= now).length,
    lastHeld: lastHeld && { ...lastHeld, daysAgo: Math.floor((now.getTime() - lastHeld.startsAt.getTime()) / 86_400_000) },
    nextDinner: upcoming,
    recentHosts,
    suggestedHost: suggestHost(recentHosts),
    canPlan: can(viewer, "dinner.plan", programmeId),
    dinners: dinners.map((dinner) => ({
      ...dinner,
      // Held dinners count who attended; the others who said yes.
      balance: partyBalance(
        answers
          .filter((a) => a.dinnerId === dinner.id && (dinner.status === "HELD" ? a.attended === true : a.response === "YES"))
          .map((a) => ({ party: a.party })),
      ),
    })),
  };
}

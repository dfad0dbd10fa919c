import { db } from "@/lib/db";
import type { Party, RsvpResponse } from "@/lib/generated/prisma/enums";
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

// The year view: the year's dinners against the target, warnings, the last dinner and
// host rotation. Six statements whatever the number of dinners or members.
export async function getDinnerYear(viewer: Viewer | null, programmeId: string, requestedYear?: number, now = new Date()) {
  authorize(viewer, "dinner.view", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, timeZone: true, dinnersPerYearTarget: true } });
  const current = yearRange(now, programme.timeZone);
  const year = requestedYear ?? current.year;
  const range = year === current.year ? current : yearRange(new Date(Date.UTC(year, 6, 1)), programme.timeZone);
  const inYear = { programmeId, startsAt: { gte: range.start, lt: range.end } };

  const [dinners, answers, lastHeld, upcoming, recentHosts] = await Promise.all([
    db.dinner.findMany({
      where: inYear,
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, status: true, venueKind: true, venueName: true, venueAddress: true, hostParty: true, capacity: true },
    }),
    // Who came or is coming, with each one's party by primary key: one statement (Prisma's
    // nested select sent every membership id again, once per answer).
    db.$queryRaw<{ dinnerId: string; response: RsvpResponse; attended: boolean | null; party: Party }[]>`
      SELECT r."dinnerId", r."response"::text AS "response", r."attended",
             (SELECT m."party"::text FROM "Membership" m WHERE m."id" = r."membershipId") AS "party"
      FROM "Dinner" d JOIN "Rsvp" r ON r."dinnerId" = d."id"
      WHERE d."programmeId" = ${programmeId} AND d."startsAt" >= ${range.start} AND d."startsAt" < ${range.end}
        AND (r."response" = 'YES' OR r."attended" = true)`,
    db.dinner.findFirst({ where: { programmeId, status: "HELD", startsAt: { lte: now } }, orderBy: { startsAt: "desc" }, select: { id: true, startsAt: true } }),
    db.dinner.findFirst({ where: { programmeId, status: "PLANNED", startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } }),
    db.dinner.findMany({
      where: { programmeId, status: { not: "CANCELLED" }, hostParty: { not: null } },
      orderBy: { startsAt: "desc" },
      take: 6,
      select: { id: true, startsAt: true, status: true, hostParty: true },
    }),
  ]);

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

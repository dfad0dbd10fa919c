import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { overdueWhere } from "@/lib/actions/overdue";
import { openActionStatuses } from "@/lib/actions/status";
import { todayInZone, yearRange } from "@/lib/dates";

export type ProgrammeOverview = Awaited<ReturnType<typeof getProgrammeOverview>>;

// Six queries whatever the size of the programme.
export async function getProgrammeOverview(viewer: Viewer | null, programmeId: string, now = new Date()) {
  const { membership } = authorize(viewer, "programme.view", programmeId);
  const programme = await db.programme.findUniqueOrThrow({
    where: { id: programmeId },
    select: { id: true, name: true, municipality: true, neighbourhood: true, policeTeam: true, timeZone: true, dinnersPerYearTarget: true, groupChatUrl: true },
  });
  const year = yearRange(now, programme.timeZone);
  const today = todayInZone(now, programme.timeZone);
  const overdue = { programmeId, ...overdueWhere(today) };
  const [nextDinner, dinnersThisYear, actionCounts, overdueActions, overdueCount] = await Promise.all([
    db.dinner.findFirst({
      where: { programmeId, status: "PLANNED", startsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        venueName: true,
        venueAddress: true,
        rsvps: { where: { membershipId: membership.id }, select: { response: true } },
      },
    }),
    db.dinner.groupBy({
      by: ["status"],
      where: { programmeId, startsAt: { gte: year.start, lt: year.end } },
      _count: { _all: true },
    }),
    db.action.groupBy({
      by: ["status"],
      where: { programmeId, status: { in: [...openActionStatuses] } },
      _count: { _all: true },
    }),
    db.action.findMany({
      where: overdue,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: 5,
      select: { id: true, title: true, dueDate: true, leadParty: true, status: true },
    }),
    db.action.count({ where: overdue }),
  ]);

  const dinnerCount = (status: string) => dinnersThisYear.find((d) => d.status === status)?._count._all ?? 0;
  return {
    programme,
    role: membership.role,
    year: year.year,
    nextDinner: nextDinner && { ...nextDinner, myResponse: nextDinner.rsvps[0]?.response ?? null },
    dinners: { held: dinnerCount("HELD"), planned: dinnerCount("PLANNED"), cancelled: dinnerCount("CANCELLED"), target: programme.dinnersPerYearTarget },
    actions: {
      open: actionCounts.reduce((sum, row) => sum + row._count._all, 0),
      overdue: overdueCount,
      overdueList: overdueActions,
    },
  };
}

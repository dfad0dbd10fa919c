import { isProfessional } from "@/lib/auth/policy";
import type { ViewerMembership } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";

// Which signals a member may read: professionals (police, municipality) all; community
// members those for all members plus their own. Every signal query goes through here: the
// Prisma `where` for the ORM, its SQL twin for a page's one JSON statement (decision 029).
export function readableSignalsWhere(membership: ViewerMembership): Prisma.SignalWhereInput {
  if (isProfessional(membership)) return { programmeId: membership.programmeId };
  return { programmeId: membership.programmeId, OR: [{ visibility: "ALL_MEMBERS" }, { authorId: membership.id }] };
}

// What feeds the picture a member sees: the same group's shared understanding. Community
// members' picture leaves out professionals-only signals, their own included.
export function pictureSignalsWhere(membership: ViewerMembership): Prisma.SignalWhereInput {
  if (isProfessional(membership)) return { programmeId: membership.programmeId };
  return { programmeId: membership.programmeId, visibility: "ALL_MEMBERS" };
}

// The same two rules as SQL conditions on the "Signal" row called `alias` (our own SQL's
// alias, never input): the same rows as the `where`s above (signal-visibility.test.ts).
export function readableSignalsSql(membership: ViewerMembership, alias: string): Prisma.Sql {
  const s = Prisma.raw(alias);
  if (isProfessional(membership)) return Prisma.sql`${s}."programmeId" = ${membership.programmeId}`;
  return Prisma.sql`${s}."programmeId" = ${membership.programmeId} AND (${s}."visibility" = 'ALL_MEMBERS' OR ${s}."authorId" = ${membership.id})`;
}

export function pictureSignalsSql(membership: ViewerMembership, alias: string): Prisma.Sql {
  const s = Prisma.raw(alias);
  if (isProfessional(membership)) return Prisma.sql`${s}."programmeId" = ${membership.programmeId}`;
  return Prisma.sql`${s}."programmeId" = ${membership.programmeId} AND ${s}."visibility" = 'ALL_MEMBERS'`;
}

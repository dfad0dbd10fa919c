import { isProfessional } from "@/lib/auth/policy";
import type { ViewerMembership } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";

// Which signals a member may read: professionals (police, municipality) all; community
// members those for all members plus their own. Every signal query goes through here.
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

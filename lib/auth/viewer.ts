import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import type { Locale, Party, Role } from "@/lib/generated/prisma/client";
import { getAuthOptions } from "./options";
import { readSessionToken } from "./session-cookie";

export type ViewerMembership = {
  id: string;
  programmeId: string;
  programmeName: string;
  role: Role;
  party: Party;
  policeMayPlanDinners: boolean;
};

export type Viewer = {
  personId: string;
  name: string;
  email: string;
  locale: Locale | null;
  isAdmin: boolean;
  // Active memberships only: an ended membership gives no access at all.
  memberships: ViewerMembership[];
};

export async function loadViewer(personId: string): Promise<Viewer | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      isAdmin: true,
      memberships: {
        where: { leftAt: null },
        orderBy: { joinedAt: "asc" },
        select: { id: true, programmeId: true, role: true, party: true, programme: { select: { name: true, policeMayPlanDinners: true } } },
      },
    },
  });
  if (!person) return null;
  return {
    personId: person.id,
    name: person.name,
    email: person.email,
    locale: person.locale,
    isAdmin: person.isAdmin,
    memberships: person.memberships.map((m) => ({
      id: m.id,
      programmeId: m.programmeId,
      programmeName: m.programme.name,
      role: m.role,
      party: m.party,
      policeMayPlanDinners: m.programme.policeMayPlanDinners,
    })),
  };
}

// Who is calling, once per request. Null when signed out.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // No session cookie, no database round trip.
  if (!(await readSessionToken())) return null;
  const session = (await getServerSession(getAuthOptions())) as { personId?: string } | null;
  if (!session?.personId) return null;
  return loadViewer(session.personId);
});

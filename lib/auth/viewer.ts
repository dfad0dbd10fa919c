import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale, Party, Role } from "@/lib/generated/prisma/client";
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

const viewerSelect = {
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
} as const;

type PersonWithMemberships = {
  id: string;
  name: string;
  email: string;
  locale: Locale | null;
  isAdmin: boolean;
  memberships: { id: string; programmeId: string; role: Role; party: Party; programme: { name: string; policeMayPlanDinners: boolean } }[];
};

function toViewer(person: PersonWithMemberships): Viewer {
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

export async function loadViewer(personId: string): Promise<Viewer | null> {
  const person = await db.person.findUnique({ where: { id: personId }, select: viewerSelect });
  return person ? toViewer(person) : null;
}

// The session row next-auth created, read straight from PostgreSQL: one query per
// request, on any app instance, and gone the moment the row is deleted.
export async function viewerFromSessionToken(sessionToken: string, now = new Date()): Promise<Viewer | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: { expires: true, person: { select: viewerSelect } },
  });
  if (!session || session.expires <= now) return null;
  return toViewer(session.person);
}

// Who is calling, once per request. Null when signed out.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = await readSessionToken();
  return token ? viewerFromSessionToken(token) : null;
});

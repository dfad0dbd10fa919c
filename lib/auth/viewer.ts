import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma, type Locale, type Party, type Role } from "@/lib/generated/prisma/client";
import { readSessionToken } from "./session-cookie";

export type ViewerMembership = {
  id: string;
  programmeId: string;
  programmeName: string;
  role: Role;
  party: Party;
  policeMayPlanDinners: boolean;
  // The programme's zone: pages can work out "today" and "this year" before their one query.
  timeZone: string;
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

type ViewerRow = {
  expires: Date | null;
  id: string;
  name: string;
  email: string;
  locale: Locale | null;
  isAdmin: boolean;
  memberships: ViewerMembership[];
};

// The viewer in ONE statement (one round trip): the person, their active memberships and
// each membership's programme, as JSON. Prisma's nested select ran this level by level
// (Session → Person → Membership → Programme: four sequential round trips on every
// request; docs/decisions/ "fast at scale"). Active memberships only, oldest first.
const membershipsJson = Prisma.sql`
  COALESCE((
    SELECT json_agg(json_build_object(
             'id', m."id", 'programmeId', m."programmeId", 'programmeName', g."name",
             'role', m."role", 'party', m."party", 'policeMayPlanDinners', g."policeMayPlanDinners", 'timeZone', g."timeZone")
           ORDER BY m."joinedAt", m."id")
    FROM "Membership" m JOIN "Programme" g ON g."id" = m."programmeId"
    WHERE m."personId" = p."id" AND m."leftAt" IS NULL
  ), '[]'::json)`;

function toViewer(row: ViewerRow): Viewer {
  return {
    personId: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    isAdmin: row.isAdmin,
    memberships: row.memberships.map((m) => ({
      id: m.id,
      programmeId: m.programmeId,
      programmeName: m.programmeName,
      role: m.role,
      party: m.party,
      policeMayPlanDinners: m.policeMayPlanDinners,
      timeZone: m.timeZone,
    })),
  };
}

export async function loadViewer(personId: string): Promise<Viewer | null> {
  const [row] = await db.$queryRaw<ViewerRow[]>`
    SELECT NULL::timestamptz AS "expires", p."id", p."name", p."email", p."locale"::text AS "locale", p."isAdmin", ${membershipsJson} AS "memberships"
    FROM "Person" p WHERE p."id" = ${personId}`;
  return row ? toViewer(row) : null;
}

// The session row next-auth created, read straight from PostgreSQL together with the
// person it belongs to: one statement per request, on any app instance, and gone the
// moment the row is deleted.
export async function viewerFromSessionToken(sessionToken: string, now = new Date()): Promise<Viewer | null> {
  const [row] = await db.$queryRaw<ViewerRow[]>`
    SELECT s."expires", p."id", p."name", p."email", p."locale"::text AS "locale", p."isAdmin", ${membershipsJson} AS "memberships"
    FROM "Session" s JOIN "Person" p ON p."id" = s."personId"
    WHERE s."sessionToken" = ${sessionToken}`;
  if (!row || !row.expires || row.expires <= now) return null;
  return toViewer(row);
}

// Route handlers run outside React's render, where `cache` does not hold per request:
// routeHandler() runs each request inside this scope, so the handler, next-intl's request
// config and anything else that asks share one lookup (the CSV export asked three times).
const requestScope = new AsyncLocalStorage<{ viewer?: Promise<Viewer | null> }>();

export function withViewerScope<T>(fn: () => T): T {
  return requestScope.run({}, fn);
}

async function lookUpViewer(): Promise<Viewer | null> {
  const token = await readSessionToken();
  return token ? viewerFromSessionToken(token) : null;
}

// Who is calling, once per request. Null when signed out.
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const scope = requestScope.getStore();
  if (!scope) return lookUpViewer();
  scope.viewer ??= lookUpViewer();
  return scope.viewer;
});

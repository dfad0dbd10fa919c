import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma, type Locale, type Party, type Role } from "@/lib/generated/prisma/client";
import { hashSecretToken } from "@/lib/security/secret-token";
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

const viewerColumns = Prisma.sql`p."id", p."name", p."email", p."locale"::text AS "locale", p."isAdmin", ${membershipsJson} AS "memberships"`;

export async function loadViewer(personId: string): Promise<Viewer | null> {
  const [row] = await db.$queryRaw<ViewerRow[]>`SELECT NULL::timestamptz AS "expires", ${viewerColumns} FROM "Person" p WHERE p."id" = ${personId}`;
  return row ? toViewer(row) : null;
}

// The session row next-auth created, read straight from PostgreSQL together with the
// person it belongs to: one statement per request, on any app instance, and gone the
// moment the row is deleted.
export async function viewerFromSessionToken(sessionToken: string, now = new Date()): Promise<Viewer | null> {
  return (await viewerAndPartFromSessionToken(sessionToken, noPart, now))?.viewer ?? null;
}

// A page's own part of the statement that finds the viewer: SQL for one JSON value that
// reads the person's id as `viewer."id"`, and how to shape that value for the page.
export type ViewerPart<T> = { sql: Prisma.Sql; shape: (viewer: Viewer, value: never) => T };
const noPart: ViewerPart<null> = { sql: Prisma.sql`NULL`, shape: () => null };

// The viewer and a page's part in ONE statement (issue 10, decision 031: each statement
// costs the server about 1 ms, so the start page's viewer and page are read together).
// The part is read before the session's expiry is checked, so it must only read.
export async function viewerAndPartFromSessionToken<T>(sessionToken: string, part: ViewerPart<T>, now = new Date()): Promise<{ viewer: Viewer; part: T } | null> {
  const [row] = await db.$queryRaw<(ViewerRow & { part: never })[]>`
    WITH viewer AS (SELECT s."expires", ${viewerColumns} FROM "Session" s JOIN "Person" p ON p."id" = s."personId" WHERE s."tokenHash" = ${hashSecretToken(sessionToken)})
    SELECT viewer.*, (${part.sql}) AS "part" FROM viewer`;
  if (!row || !row.expires || row.expires <= now) return null;
  const viewer = toViewer(row);
  return { viewer, part: part.shape(viewer, row.part) };
}

// A page's part on its own, for a viewer already known (lib tests and benchmarks).
export async function loadViewerPart<T>(viewer: Viewer, part: ViewerPart<T>): Promise<T> {
  const [row] = await db.$queryRaw<{ part: never }[]>`SELECT (${part.sql}) AS "part" FROM (SELECT ${viewer.personId}::text AS "id") viewer`;
  return part.shape(viewer, row!.part);
}

// Who is calling, once per request. Route handlers run outside React's render, where
// `cache` does not hold: routeHandler() runs each request inside `requestScope`, so the
// handler, next-intl's request config and anything else that asks share one lookup (the
// CSV export asked three times). Pages share React's per-request cache.
type ViewerSlot = { viewer?: Promise<Viewer | null> };
const requestScope = new AsyncLocalStorage<ViewerSlot>();
const renderSlot = cache((): ViewerSlot => ({}));

export function withViewerScope<T>(fn: () => T): T {
  return requestScope.run({}, fn);
}

function viewerSlot(): ViewerSlot {
  return requestScope.getStore() ?? renderSlot();
}

async function lookUpViewer(): Promise<Viewer | null> {
  const token = await readSessionToken();
  return token ? viewerFromSessionToken(token) : null;
}

// Who is calling, once per request. Null when signed out.
export function getViewer(): Promise<Viewer | null> {
  const slot = viewerSlot();
  slot.viewer ??= lookUpViewer();
  return slot.viewer;
}

// Who is calling and a page's part, in the one statement of the request's viewer lookup
// when the page is the first to ask (the start page is: nothing before it needs the
// viewer, the language comes from its cookie). Null when signed out.
export async function getViewerWith<T>(part: ViewerPart<T>): Promise<{ viewer: Viewer; part: T } | null> {
  const slot = viewerSlot();
  if (slot.viewer) {
    const viewer = await slot.viewer;
    return viewer ? { viewer, part: await loadViewerPart(viewer, part) } : null;
  }
  // Claimed before the first await, so a caller in between shares this lookup.
  const found = readSessionToken().then((token) => (token ? viewerAndPartFromSessionToken(token, part) : null));
  slot.viewer = found.then((both) => both?.viewer ?? null);
  // A failed lookup fails this page; the shared copy must not also be an unhandled rejection.
  slot.viewer.catch(() => undefined);
  return found;
}

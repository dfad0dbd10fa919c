import { millis, type Millis } from "@/lib/db/json-times";
import type { Party, RsvpResponse, VenueKind } from "@/lib/generated/prisma/enums";
import { can, requireViewer, roleHasSql } from "@/lib/auth/policy";
import { loadViewerPart, type Viewer, type ViewerPart } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { firstName } from "./first-name";
import { mapUrl } from "./map-url";
import { parties, partyBalance } from "./party-balance";

export type StartPage = ReturnType<typeof shapeStartPage>;

type DinnerJson = {
  n: number;
  id: string;
  programmeId: string;
  startsAt: Millis;
  endsAt: Millis;
  venueKind: VenueKind;
  venueName: string;
  venueAddress: string;
  guestNotes: string | null;
  programmeName: string;
  timeZone: string;
  myResponse: RsvpResponse | null;
  myDietaryNeeds: string | null;
  coming: { name: string; party: Party }[] | null;
};

type TrustCheckJson = { dinnerId: string; programmeId: string; programme: string; timeZone: string; startsAt: Millis };

type StartJson = { dietaryNeeds: string | null; dinners: DinnerJson[]; trustChecks: TrustCheckJson[]; regionalProgrammes: number };

// The start page, the page members open most, in ONE statement with the viewer's own
// lookup (issue 10: each statement costs the server a share of a whole trivial page;
// decisions 025 and 031): the member's next dinners across their programmes with their
// own answer and, for the very first, who is coming; their default dietary needs; the trust
// checks waiting for them (newest dinner first, at most five); and how many programmes they
// follow as regional coordinator. The person is `viewer."id"` (lib/auth/viewer.ts).
export function startPagePart(now = new Date()): ViewerPart<StartPage> {
  // Dinners only from programmes where this member may see them (the policy's roles, as
  // SQL); trust checks from every active membership (the request itself is the permission).
  const sql = Prisma.sql`
    WITH mine AS (
       SELECT m."id", m."programmeId", ${roleHasSql("dinner.view", "m")} AS "seesDinners"
       FROM "Membership" m WHERE m."personId" = viewer."id" AND m."leftAt" IS NULL
     ), upcoming AS (
       SELECT d."id", d."programmeId", d."startsAt", d."endsAt", d."venueKind", d."venueName", d."venueAddress", d."guestNotes",
              row_number() OVER (ORDER BY d."startsAt", d."id") AS "n"
       FROM "Dinner" d
       WHERE d."programmeId" IN (SELECT "programmeId" FROM mine WHERE "seesDinners") AND d."status" = 'PLANNED' AND d."endsAt" > ${now}
       ORDER BY d."startsAt", d."id"
       LIMIT 20
     ), dinners AS (
       SELECT u."n", u."id", u."programmeId", ${millis('u."startsAt"')} AS "startsAt", ${millis('u."endsAt"')} AS "endsAt",
              u."venueKind", u."venueName", u."venueAddress", u."guestNotes",
              g."name" AS "programmeName", g."timeZone",
              r."response" AS "myResponse", r."dietaryNeeds" AS "myDietaryNeeds",
              CASE WHEN u."n" = 1 THEN COALESCE((
                SELECT json_agg(json_build_object('name', w."name", 'party', w."party"))
                FROM (SELECT m."party", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name"
                      FROM "Rsvp" c CROSS JOIN LATERAL (SELECT m."party", m."personId", m."leftAt" FROM "Membership" m WHERE m."id" = c."membershipId" OFFSET 0) m
                      WHERE c."dinnerId" = u."id" AND c."response" = 'YES' AND m."leftAt" IS NULL) w
              ), '[]'::json) END AS "coming"
       FROM upcoming u
       JOIN "Programme" g ON g."id" = u."programmeId"
       LEFT JOIN "Rsvp" r ON r."dinnerId" = u."id" AND r."membershipId" IN (SELECT "id" FROM mine WHERE "seesDinners")
     ), trust AS (
       SELECT r."dinnerId", d."programmeId", g."name" AS "programme", g."timeZone", ${millis('d."startsAt"')} AS "startsAt"
       FROM "TrustCheckRequest" r
       JOIN "Dinner" d ON d."id" = r."dinnerId"
       JOIN "Programme" g ON g."id" = d."programmeId"
       WHERE r."membershipId" IN (SELECT "id" FROM mine) AND r."expiresAt" > ${now} AND d."status" = 'HELD'
       ORDER BY d."startsAt" DESC
       LIMIT 5
     )
     SELECT json_build_object(
       'dietaryNeeds', (SELECT p."dietaryNeeds" FROM "Person" p WHERE p."id" = viewer."id"),
       'dinners', COALESCE((SELECT json_agg(dinners ORDER BY dinners."n") FROM dinners), '[]'::json),
       'trustChecks', COALESCE((SELECT json_agg(trust ORDER BY trust."startsAt" DESC) FROM trust), '[]'::json),
       -- regionalScope() in lib/auth/policy.ts, as SQL: the programmes they are appointed for.
       'regionalProgrammes', (SELECT count(*)::int FROM "RegionalCoordinator" rc WHERE rc."personId" = viewer."id"))`;
  return { sql, shape: shapeStartPage };
}

// For a viewer already known (lib tests, `npm run bench`); the page reads it with the viewer.
export async function getStartPage(viewer: Viewer | null, now = new Date()): Promise<StartPage> {
  return loadViewerPart(requireViewer(viewer), startPagePart(now));
}

function shapeStartPage(me: Viewer, { dietaryNeeds, dinners, trustChecks, regionalProgrammes }: StartJson) {
  const programmes = me.memberships.filter((m) => can(me, "dinner.view", m.programmeId)).map((m) => ({ id: m.programmeId, name: m.programmeName }));
  const shaped = dinners.map(({ n: _n, myResponse, myDietaryNeeds, coming: _coming, startsAt, endsAt, ...dinner }) => ({
    ...dinner,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    mapUrl: mapUrl(dinner.venueAddress),
    myAnswer: { response: myResponse, dietaryNeeds: myResponse ? (myDietaryNeeds ?? "") : (dietaryNeeds ?? "") },
  }));
  const [first, ...later] = shaped;
  const coming = dinners[0]?.coming ?? [];
  return {
    programmes,
    next: first
      ? {
          ...first,
          coming: coming
            .map((c) => ({ firstName: firstName(c.name), party: c.party }))
            .sort((a, b) => parties.indexOf(a.party) - parties.indexOf(b.party) || a.firstName.localeCompare(b.firstName)),
          balance: partyBalance(coming),
        }
      : null,
    later,
    trustChecks: trustChecks.map((check) => ({ ...check, startsAt: new Date(check.startsAt) })),
    regionalProgrammes,
  };
}

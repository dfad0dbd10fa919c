import { db } from "@/lib/db";
import type { Party, RsvpResponse, VenueKind } from "@/lib/generated/prisma/enums";
import { can, requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { firstName } from "./first-name";
import { mapUrl } from "./map-url";
import { parties, partyBalance } from "./party-balance";

export type MyDinners = Awaited<ReturnType<typeof getMyDinners>>;

type NextDinnerRow = {
  id: string;
  programmeId: string;
  startsAt: Date;
  endsAt: Date;
  venueKind: VenueKind;
  venueName: string;
  venueAddress: string;
  guestNotes: string | null;
  n: bigint;
  programmeName: string;
  timeZone: string;
  myResponse: RsvpResponse | null;
  myDietaryNeeds: string | null;
  coming: { name: string; party: Party }[] | null;
};

// The start page: the member's next dinner across all their programmes, with who is coming
// and their own answer, then their other upcoming dinners. Two statements in one round trip.
export async function getMyDinners(viewer: Viewer | null, now = new Date()) {
  const signedIn = requireViewer(viewer);
  // The programme scope: only programmes where this member may see dinners.
  const memberships = signedIn.memberships.filter((m) => can(signedIn, "dinner.view", m.programmeId));
  const programmes = memberships.map((m) => ({ id: m.programmeId, name: m.programmeName }));
  if (memberships.length === 0) return { programmes, next: null, later: [] };

  // One round trip: the next dinners with their programme and my answer, and for the very
  // first one who is coming, in one statement (Prisma's nested select took five sequential
  // round trips here, some of them `IN (NULL)` for nothing); my default dietary needs beside it.
  const [rows, person] = await Promise.all([
    db.$queryRaw<NextDinnerRow[]>`
      WITH upcoming AS (
        SELECT d."id", d."programmeId", d."startsAt", d."endsAt", d."venueKind"::text AS "venueKind", d."venueName", d."venueAddress", d."guestNotes",
               row_number() OVER (ORDER BY d."startsAt", d."id") AS "n"
        FROM "Dinner" d
        WHERE d."programmeId" = ANY(${memberships.map((m) => m.programmeId)}::text[]) AND d."status" = 'PLANNED' AND d."endsAt" > ${now}
        ORDER BY d."startsAt", d."id"
        LIMIT 20
      )
      SELECT u."id", u."programmeId", u."startsAt", u."endsAt", u."venueKind", u."venueName", u."venueAddress", u."guestNotes",
             g."name" AS "programmeName", g."timeZone",
             r."response"::text AS "myResponse", r."dietaryNeeds" AS "myDietaryNeeds",
             CASE WHEN u."n" = 1 THEN COALESCE((
               SELECT json_agg(json_build_object('name', w."name", 'party', w."party"))
               FROM (SELECT m."party", (SELECT p."name" FROM "Person" p WHERE p."id" = m."personId") AS "name"
                     FROM "Rsvp" c CROSS JOIN LATERAL (SELECT m."party", m."personId", m."leftAt" FROM "Membership" m WHERE m."id" = c."membershipId" OFFSET 0) m
                     WHERE c."dinnerId" = u."id" AND c."response" = 'YES' AND m."leftAt" IS NULL) w
             ), '[]'::json) END AS "coming"
      FROM upcoming u
      JOIN "Programme" g ON g."id" = u."programmeId"
      LEFT JOIN "Rsvp" r ON r."dinnerId" = u."id" AND r."membershipId" = ANY(${memberships.map((m) => m.id)}::text[])
      ORDER BY u."n"`,
    db.person.findUniqueOrThrow({ where: { id: signedIn.personId }, select: { dietaryNeeds: true } }),
  ]);
  const dinners = rows.map(({ myResponse, myDietaryNeeds, programmeName, timeZone, ...dinner }) => ({
    ...dinner,
    programme: { name: programmeName, timeZone },
    rsvps: myResponse ? [{ response: myResponse, dietaryNeeds: myDietaryNeeds }] : [],
  }));

  const shaped = dinners.map(({ rsvps, programme, coming: _coming, n: _n, ...dinner }) => {
    const mine = rsvps[0];
    return {
      ...dinner,
      programmeName: programme.name,
      timeZone: programme.timeZone,
      mapUrl: mapUrl(dinner.venueAddress),
      myAnswer: { response: mine?.response ?? null, dietaryNeeds: mine?.response ? (mine.dietaryNeeds ?? "") : (person.dietaryNeeds ?? "") },
    };
  });
  const [first, ...later] = shaped;
  if (!first) return { programmes, next: null, later: [] };

  const coming = (dinners[0]?.coming ?? []).map((c) => ({ membership: { party: c.party, person: { name: c.name } } }));
  return {
    programmes,
    next: {
      ...first,
      coming: coming
        .map((a) => ({ firstName: firstName(a.membership.person.name), party: a.membership.party }))
        .sort((a, b) => parties.indexOf(a.party) - parties.indexOf(b.party) || a.firstName.localeCompare(b.firstName)),
      balance: partyBalance(coming.map((a) => a.membership)),
    },
    later,
  };
}

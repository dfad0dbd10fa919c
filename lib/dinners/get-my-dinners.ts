import { db } from "@/lib/db";
import { can, requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { firstName } from "./first-name";
import { mapUrl } from "./map-url";
import { parties, partyBalance } from "./party-balance";

export type MyDinners = Awaited<ReturnType<typeof getMyDinners>>;

// The start page: the member's next dinner across all their programmes, with who is coming
// and their own answer, then their other upcoming dinners. Three queries at most.
export async function getMyDinners(viewer: Viewer | null, now = new Date()) {
  const signedIn = requireViewer(viewer);
  // The programme scope: only programmes where this member may see dinners.
  const memberships = signedIn.memberships.filter((m) => can(signedIn, "dinner.view", m.programmeId));
  const programmes = memberships.map((m) => ({ id: m.programmeId, name: m.programmeName }));
  if (memberships.length === 0) return { programmes, next: null, later: [] };

  const [dinners, person] = await Promise.all([
    db.dinner.findMany({
      where: { programmeId: { in: memberships.map((m) => m.programmeId) }, status: "PLANNED", endsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 20,
      select: {
        id: true,
        programmeId: true,
        startsAt: true,
        endsAt: true,
        venueKind: true,
        venueName: true,
        venueAddress: true,
        guestNotes: true,
        programme: { select: { name: true, timeZone: true } },
        rsvps: { where: { membershipId: { in: memberships.map((m) => m.id) } }, select: { response: true, dietaryNeeds: true } },
      },
    }),
    db.person.findUniqueOrThrow({ where: { id: signedIn.personId }, select: { dietaryNeeds: true } }),
  ]);

  const shaped = dinners.map(({ rsvps, programme, ...dinner }) => {
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

  const coming = await db.rsvp.findMany({
    where: { dinnerId: first.id, response: "YES", membership: { leftAt: null } },
    select: { membership: { select: { party: true, person: { select: { name: true } } } } },
  });
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

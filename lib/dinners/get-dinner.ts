import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import type { DinnerStatus, Party, RsvpResponse, VenueKind } from "@/lib/generated/prisma/enums";
import { firstName } from "./first-name";
import { mapUrl } from "./map-url";
import { parties, partyBalance } from "./party-balance";

type DinnerAnswer = { membershipId: string; response: RsvpResponse | null; attended: boolean | null; dietaryNeeds: string | null; party: Party; name: string };
type DinnerRow = {
  programmeId: string;
  programmeName: string;
  timeZone: string;
  // Null when the dinner is not this programme's (or does not exist).
  id: string | null;
  startsAt: Date;
  endsAt: Date;
  status: DinnerStatus;
  venueKind: VenueKind;
  venueName: string;
  venueAddress: string;
  hostParty: Party | null;
  capacity: number | null;
  guestNotes: string | null;
  version: number;
  savedDietaryNeeds: string | null;
  answers: DinnerAnswer[];
};

export type DinnerDetail = Awaited<ReturnType<typeof getDinner>>;

// One dinner for a member: when and where, who is coming (first names and party only),
// the party balance, the member's own answer; for planners the warnings and dietary needs.
export async function getDinner(viewer: Viewer | null, programmeId: string, dinnerId: string, now = new Date()) {
  const { viewer: me, membership } = authorize(viewer, "dinner.view", programmeId);
  // The programme, the dinner, its answers with each member's party and name, and the
  // member's saved dietary needs in ONE statement (issue 10): Prisma's nested select sent
  // answers, memberships and people one after the other. Every row is reached by primary
  // key or through the dinner's own answers (Rsvp's dinnerId key); members who left are
  // not counted.
  const [row] = await db.$queryRaw<DinnerRow[]>`
    SELECT pr."id" AS "programmeId", pr."name" AS "programmeName", pr."timeZone",
           d."id", d."startsAt", d."endsAt", d."status"::text AS "status", d."venueKind"::text AS "venueKind",
           d."venueName", d."venueAddress", d."hostParty"::text AS "hostParty", d."capacity", d."guestNotes", d."version",
           (SELECT pe."dietaryNeeds" FROM "Person" pe WHERE pe."id" = ${me.personId}) AS "savedDietaryNeeds",
           COALESCE((
             SELECT json_agg(json_build_object('membershipId', r."membershipId", 'response', r."response", 'attended', r."attended",
                                               'dietaryNeeds', r."dietaryNeeds", 'party', m."party", 'name', p."name"))
             FROM "Rsvp" r
             JOIN "Membership" m ON m."id" = r."membershipId" AND m."leftAt" IS NULL
             JOIN "Person" p ON p."id" = m."personId"
             WHERE r."dinnerId" = d."id"
           ), '[]'::json) AS "answers"
    FROM "Programme" pr
    LEFT JOIN "Dinner" d ON d."id" = ${dinnerId} AND d."programmeId" = pr."id"
    WHERE pr."id" = ${programmeId}`;
  if (!row?.id) throw new NotFoundError();
  const programme = { id: row.programmeId, name: row.programmeName, timeZone: row.timeZone };
  const dinner = {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    venueKind: row.venueKind,
    venueName: row.venueName,
    venueAddress: row.venueAddress,
    hostParty: row.hostParty,
    capacity: row.capacity,
    guestNotes: row.guestNotes,
    version: row.version,
  };
  const answers = row.answers.map((a) => ({ ...a, membership: { party: a.party, person: { name: a.name } } }));
  const person = { dietaryNeeds: row.savedDietaryNeeds };

  const held = dinner.status === "HELD";
  const counted = answers.filter((a) => (held ? a.attended === true : a.response === "YES"));
  const balance = partyBalance(counted.map((a) => a.membership));
  const mine = answers.find((a) => a.membershipId === membership.id);
  const canPlan = can(viewer, "dinner.plan", programmeId);
  const yes = answers.filter((a) => a.response === "YES").length;
  const open = dinner.status === "PLANNED" && dinner.endsAt > now;

  return {
    programme,
    dinner: { ...dinner, mapUrl: mapUrl(dinner.venueAddress) },
    open,
    started: dinner.startsAt <= now,
    coming: counted
      .map((a) => ({ firstName: firstName(a.membership.person.name), party: a.membership.party }))
      .sort((a, b) => parties.indexOf(a.party) - parties.indexOf(b.party) || a.firstName.localeCompare(b.firstName)),
    counts: { yes, maybe: answers.filter((a) => a.response === "MAYBE").length, no: answers.filter((a) => a.response === "NO").length },
    balance,
    myAnswer: { response: mine?.response ?? null, dietaryNeeds: mine?.response ? (mine.dietaryNeeds ?? "") : (person.dietaryNeeds ?? "") },
    savedDietaryNeeds: person.dietaryNeeds ?? "",
    canPlan,
    canRecordAttendance: can(viewer, "dinner.attendance", programmeId),
    // Planners only: what to warn about and what the kitchen needs to know (no names).
    // Warnings fit the dinner's state: "nobody has said yes yet" while it takes answers,
    // "nobody came" once held; nothing for a cancelled one or one awaiting attendance.
    planning: canPlan
      ? {
          missingParties: open ? parties.filter((p) => balance[p] === 0) : [],
          absentParties: held ? parties.filter((p) => balance[p] === 0) : [],
          overCapacity: open && dinner.capacity !== null && yes > dinner.capacity,
          dietaryNeeds: answers
            .filter((a) => (a.response === "YES" || a.response === "MAYBE") && a.dietaryNeeds)
            .map((a) => a.dietaryNeeds!)
            .sort(),
        }
      : null,
  };
}

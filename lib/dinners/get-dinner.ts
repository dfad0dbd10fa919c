import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { firstName } from "./first-name";
import { mapUrl } from "./map-url";
import { parties, partyBalance } from "./party-balance";

export type DinnerDetail = Awaited<ReturnType<typeof getDinner>>;

// One dinner for a member: when and where, who is coming (first names and party only),
// the party balance, the member's own answer; for planners the warnings and dietary needs.
export async function getDinner(viewer: Viewer | null, programmeId: string, dinnerId: string, now = new Date()) {
  const { viewer: me, membership } = authorize(viewer, "dinner.view", programmeId);
  const [programme, dinner, answers, person] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, timeZone: true } }),
    db.dinner.findFirst({
      where: { id: dinnerId, programmeId },
      select: { id: true, startsAt: true, endsAt: true, status: true, venueKind: true, venueName: true, venueAddress: true, hostParty: true, capacity: true, guestNotes: true, version: true },
    }),
    db.rsvp.findMany({
      where: { dinnerId, dinner: { programmeId }, membership: { leftAt: null } },
      select: { membershipId: true, response: true, attended: true, dietaryNeeds: true, membership: { select: { party: true, person: { select: { name: true } } } } },
    }),
    db.person.findUniqueOrThrow({ where: { id: me.personId }, select: { dietaryNeeds: true } }),
  ]);
  if (!dinner) throw new NotFoundError();

  const held = dinner.status === "HELD";
  const counted = answers.filter((a) => (held ? a.attended === true : a.response === "YES"));
  const balance = partyBalance(counted.map((a) => a.membership));
  const mine = answers.find((a) => a.membershipId === membership.id);
  const canPlan = can(viewer, "dinner.plan", programmeId);
  const yes = answers.filter((a) => a.response === "YES").length;

  return {
    programme,
    dinner: { ...dinner, mapUrl: mapUrl(dinner.venueAddress) },
    open: dinner.status === "PLANNED" && dinner.endsAt > now,
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
    planning: canPlan
      ? {
          missingParties: dinner.status === "CANCELLED" ? [] : parties.filter((p) => balance[p] === 0),
          overCapacity: dinner.capacity !== null && yes > dinner.capacity,
          dietaryNeeds: answers
            .filter((a) => (a.response === "YES" || a.response === "MAYBE") && a.dietaryNeeds)
            .map((a) => a.dietaryNeeds!)
            .sort(),
        }
      : null,
  };
}

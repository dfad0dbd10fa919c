import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { parties } from "./party-balance";

// The attendance list: every active member, pre-checked from what was recorded, else from a yes.
export async function getAttendance(viewer: Viewer | null, programmeId: string, dinnerId: string, now = new Date()) {
  const { membership } = authorize(viewer, "dinner.attendance", programmeId);
  const [dinner, members, answers] = await Promise.all([
    db.dinner.findFirst({ where: { id: dinnerId, programmeId }, select: { id: true, startsAt: true, status: true, venueName: true, version: true } }),
    db.membership.findMany({ where: { programmeId, leftAt: null }, select: { id: true, party: true, person: { select: { name: true } } } }),
    db.rsvp.findMany({ where: { dinnerId, dinner: { programmeId } }, select: { membershipId: true, response: true, attended: true } }),
  ]);
  if (!dinner) throw new NotFoundError();
  const answerOf = new Map(answers.map((a) => [a.membershipId, a]));
  return {
    programme: { id: programmeId, name: membership.programmeName, timeZone: membership.timeZone },
    dinner,
    started: dinner.startsAt <= now,
    members: members
      .map((m) => {
        const answer = answerOf.get(m.id);
        return { membershipId: m.id, name: m.person.name, party: m.party, response: answer?.response ?? null, attended: answer?.attended ?? answer?.response === "YES" };
      })
      .sort((a, b) => parties.indexOf(a.party) - parties.indexOf(b.party) || a.name.localeCompare(b.name)),
  };
}

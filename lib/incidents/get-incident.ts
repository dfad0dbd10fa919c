import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { currentProtocol } from "./current-protocol";
import { protocolParties } from "./incident-input";

// The incident page: what happened, the first-step protocol, check-ins (the grid by party for
// coordinators and liaisons), the joint message with its drafts and approvals, extra meetings,
// the log and the actions agreed in it. Ten queries whatever the size.
export async function getIncident(viewer: Viewer | null, programmeId: string, incidentId: string) {
  const { membership } = authorize(viewer, "incident.view", programmeId);
  const incident = await db.incident.findFirst({
    where: { id: incidentId, programmeId },
    select: {
      id: true, status: true, whatHappened: true, area: true, level: true, openedAt: true, closedAt: true, review: true, version: true, createdAt: true,
      topic: { select: { id: true, key: true, name: true } },
    },
  });
  if (!incident) throw new NotFoundError();
  const [programme, protocol, members, checkIns, updates, messages, meetings, actions, linkable] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, timeZone: true, groupChatUrl: true } }),
    currentProtocol(db, programmeId),
    db.membership.findMany({
      where: { programmeId, leftAt: null },
      orderBy: { person: { name: "asc" } },
      select: { id: true, party: true, consentToSharePhone: true, person: { select: { name: true, phone: true } } },
    }),
    db.incidentCheckIn.findMany({ where: { incidentId }, select: { membershipId: true, answer: true, updatedAt: true } }),
    db.incidentUpdate.findMany({
      where: { incidentId },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true, fromLevel: true, toLevel: true, createdAt: true, author: { select: { party: true, person: { select: { name: true } } } } },
    }),
    db.jointMessage.findMany({
      where: { incidentId },
      orderBy: { draft: "desc" },
      select: { id: true, draft: true, text: true, authorName: true, createdAt: true, finalAt: true, approvals: { select: { party: true, approvedBy: true, approvedAt: true } } },
    }),
    db.incidentMeeting.findMany({
      where: { incidentId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, place: true, startsAt: true, endsAt: true, pollClosesAt: true, cancelledAt: true,
        options: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, votes: { select: { membershipId: true, answer: true } } } },
        answers: { select: { membershipId: true, response: true } },
      },
    }),
    db.action.findMany({ where: { programmeId, incidentId }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, status: true } }),
    db.action.findMany({ where: { programmeId, incidentId: null, status: { in: ["OPEN", "IN_PROGRESS"] } }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, title: true } }),
  ]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const person = (id: string | null) => (id ? (byId.get(id) ?? null) : null);
  const mayGrid = can(viewer, "incident.grid", programmeId);
  const answerOf = new Map(checkIns.map((c) => [c.membershipId, c]));
  const grid = protocolParties.map((party) => ({
    party,
    members: members.filter((m) => m.party === party).map((m) => ({ id: m.id, name: m.person.name, answer: answerOf.get(m.id)?.answer ?? null })),
  }));
  return {
    incident,
    programme,
    me: { membershipId: membership.id, party: membership.party },
    steps: protocolParties.map((party) => {
      const row = protocol?.parties.find((p) => p.party === party);
      const contact = (id: string | null | undefined) => {
        const m = person(id ?? null);
        return m ? { name: m.person.name, phone: m.consentToSharePhone ? m.person.phone : null } : null;
      };
      return { party, firstContact: contact(row?.firstContactId), backup: contact(row?.backupId), firstHour: row?.firstHour ?? "", firstDay: row?.firstDay ?? "" };
    }),
    myCheckIn: answerOf.get(membership.id)?.answer ?? null,
    grid: mayGrid ? grid : null,
    notAnswered: mayGrid ? members.filter((m) => !answerOf.has(m.id)).length : null,
    updates: updates.map((u) => ({ ...u, authorName: u.author?.person.name ?? null, authorParty: u.author?.party ?? null })),
    messages,
    meetings: meetings.map((m) => ({
      ...m,
      myAnswer: m.answers.find((a) => a.membershipId === membership.id)?.response ?? null,
      counts: { YES: m.answers.filter((a) => a.response === "YES").length, MAYBE: m.answers.filter((a) => a.response === "MAYBE").length, NO: m.answers.filter((a) => a.response === "NO").length },
      options: m.options.map((o) => ({
        id: o.id, startsAt: o.startsAt, endsAt: o.endsAt,
        myVote: o.votes.find((v) => v.membershipId === membership.id)?.answer ?? null,
        yes: o.votes.filter((v) => v.answer === "YES").length,
        ifNeedBe: o.votes.filter((v) => v.answer === "IF_NEED_BE").length,
      })),
    })),
    actions,
    linkable: can(viewer, "action.manage", programmeId) && incident.status !== "CLOSED" ? linkable : [],
    may: {
      manage: can(viewer, "incident.open", programmeId),
      checkIn: incident.status === "OPEN" && can(viewer, "incident.checkIn", programmeId),
      update: incident.status !== "CLOSED" && can(viewer, "incident.update", programmeId),
      approve: incident.status === "OPEN" && can(viewer, "incident.approve", programmeId),
      logAction: incident.status === "OPEN" && can(viewer, "action.create", programmeId),
    },
  };
}

export type IncidentPage = Awaited<ReturnType<typeof getIncident>>;

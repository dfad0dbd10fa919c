import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { openSql } from "@/lib/actions/status-sql";
import { millis, type Millis } from "@/lib/db/json-times";
import { NotFoundError } from "@/lib/errors";
import type { ActionStatus, CheckInAnswer, IncidentStatus, Party, PollAnswer, RsvpResponse, TopicKey } from "@/lib/generated/prisma/enums";
import { contactMembersJsonSql, currentProtocolJsonSql, type ContactMemberJson, type ProtocolJson } from "./current-protocol";
import { protocolParties } from "./incident-input";

type IncidentRow = {
  incident: {
    id: string; status: IncidentStatus; whatHappened: string; area: string; level: number; openedAt: Millis | null; closedAt: Millis | null;
    review: string | null; version: number; createdAt: Millis; topic: { id: string; key: TopicKey | null; name: string | null } | null;
  } | null;
  programme: { name: string; groupChatUrl: string | null };
  members: ContactMemberJson[];
  checkIns: { membershipId: string; answer: CheckInAnswer; updatedAt: Millis }[];
  updates: { id: string; text: string; fromLevel: number | null; toLevel: number | null; createdAt: Millis; authorName: string | null; authorParty: Party | null }[];
  actions: { id: string; title: string; status: ActionStatus }[];
  linkable: { id: string; title: string }[];
  // The protocol that holds (the highest version), null before the first.
  protocol: ProtocolJson | null;
  messages: {
    id: string; draft: number; text: string; authorName: string; createdAt: Millis; finalAt: Millis | null;
    approvals: { party: Party; approvedBy: string; approvedAt: Millis }[];
  }[];
  meetings: {
    id: string; place: string; startsAt: Millis | null; endsAt: Millis | null; pollClosesAt: Millis | null; cancelledAt: Millis | null;
    options: { id: string; startsAt: Millis; endsAt: Millis; votes: { membershipId: string; answer: PollAnswer }[] }[];
    answers: { membershipId: string; response: RsvpResponse }[];
  }[];
};

// The incident page: what happened, the first-step protocol, check-ins (the grid by party for
// coordinators and liaisons), the joint message with its drafts and approvals, extra meetings,
// the log and the actions agreed in it. ONE statement whatever the size (decision 026): the
// incident and its plain rows, the protocol that holds, the joint message's drafts with their
// approvals and the meetings with their options, votes and answers (each only of this
// programme's incident). It was four statements in one round trip, but every statement costs
// the Node server CPU of its own (Prisma's query path, a write that wakes PostgreSQL), and
// this page is bound by that CPU (decision 029).
export async function getIncident(viewer: Viewer | null, programmeId: string, incidentId: string) {
  const { membership } = authorize(viewer, "incident.view", programmeId);
  const [row] = await db.$queryRaw<IncidentRow[]>`
    WITH i AS (SELECT * FROM "Incident" i WHERE i."id" = ${incidentId} AND i."programmeId" = ${programmeId})
    SELECT
      (SELECT json_build_object('id', i."id", 'status', i."status", 'whatHappened', i."whatHappened", 'area', i."area", 'level', i."level",
                                'openedAt', ${millis('i."openedAt"')}, 'closedAt', ${millis('i."closedAt"')}, 'review', i."review", 'version', i."version",
                                'createdAt', ${millis('i."createdAt"')},
                                'topic', (SELECT json_build_object('id', t."id", 'key', t."key", 'name', t."name") FROM "Topic" t WHERE t."id" = i."topicId"))
       FROM i) AS "incident",
      json_build_object('name', g."name", 'groupChatUrl', g."groupChatUrl") AS "programme",
      ${contactMembersJsonSql(programmeId)} AS "members",
      COALESCE((SELECT json_agg(json_build_object('membershipId', c."membershipId", 'answer', c."answer", 'updatedAt', ${millis('c."updatedAt"')}))
                FROM "IncidentCheckIn" c WHERE c."incidentId" = (SELECT i."id" FROM i)), '[]'::json) AS "checkIns",
      COALESCE((SELECT json_agg(json_build_object('id', u."id", 'text', u."text", 'fromLevel', u."fromLevel", 'toLevel', u."toLevel", 'createdAt', ${millis('u."createdAt"')},
                                                  'authorParty', a."party", 'authorName', (SELECT p."name" FROM "Person" p WHERE p."id" = a."personId")) ORDER BY u."createdAt", u."id")
                FROM "IncidentUpdate" u LEFT JOIN "Membership" a ON a."id" = u."authorId"
                WHERE u."incidentId" = (SELECT i."id" FROM i)), '[]'::json) AS "updates",
      COALESCE((SELECT json_agg(json_build_object('id', a."id", 'title', a."title", 'status', a."status") ORDER BY a."createdAt", a."id")
                FROM "Action" a WHERE a."programmeId" = ${programmeId} AND a."incidentId" = (SELECT i."id" FROM i)), '[]'::json) AS "actions",
      COALESCE((SELECT json_agg(json_build_object('id', l."id", 'title', l."title") ORDER BY l."createdAt" DESC, l."id") FROM (
        SELECT a."id", a."title", a."createdAt" FROM "Action" a
        WHERE a."programmeId" = ${programmeId} AND a."incidentId" IS NULL AND ${openSql("a")}
        ORDER BY a."createdAt" DESC, a."id" LIMIT 50) l), '[]'::json) AS "linkable",
      ${currentProtocolJsonSql(programmeId)} AS "protocol",
      COALESCE((SELECT json_agg(json_build_object('id', jm."id", 'draft', jm."draft", 'text', jm."text", 'authorName', jm."authorName",
                                                  'createdAt', ${millis('jm."createdAt"')}, 'finalAt', ${millis('jm."finalAt"')}, 'approvals', COALESCE((
        SELECT json_agg(json_build_object('party', ja."party", 'approvedBy', ja."approvedBy", 'approvedAt', ${millis('ja."approvedAt"')}) ORDER BY ja."approvedAt", ja."party")
        FROM "JointMessageApproval" ja WHERE ja."messageId" = jm."id"), '[]'::json)) ORDER BY jm."draft" DESC)
                FROM "JointMessage" jm WHERE jm."incidentId" = (SELECT i."id" FROM i)), '[]'::json) AS "messages",
      COALESCE((SELECT json_agg(json_build_object('id', im."id", 'place', im."place", 'startsAt', ${millis('im."startsAt"')}, 'endsAt', ${millis('im."endsAt"')},
                                                  'pollClosesAt', ${millis('im."pollClosesAt"')}, 'cancelledAt', ${millis('im."cancelledAt"')}, 'options', COALESCE((
        SELECT json_agg(json_build_object('id', o."id", 'startsAt', ${millis('o."startsAt"')}, 'endsAt', ${millis('o."endsAt"')}, 'votes', COALESCE((
          SELECT json_agg(json_build_object('membershipId', v."membershipId", 'answer', v."answer") ORDER BY v."membershipId")
          FROM "IncidentMeetingVote" v WHERE v."optionId" = o."id"), '[]'::json)) ORDER BY o."startsAt", o."id")
        FROM "IncidentMeetingOption" o WHERE o."meetingId" = im."id"), '[]'::json), 'answers', COALESCE((
        SELECT json_agg(json_build_object('membershipId', an."membershipId", 'response', an."response") ORDER BY an."membershipId")
        FROM "IncidentMeetingAnswer" an WHERE an."meetingId" = im."id"), '[]'::json)) ORDER BY im."createdAt", im."id")
                FROM "IncidentMeeting" im WHERE im."incidentId" = (SELECT i."id" FROM i)), '[]'::json) AS "meetings"
    FROM "Programme" g WHERE g."id" = ${programmeId}`;
  if (!row?.incident) throw new NotFoundError();
  const date = (value: Millis | null) => (value === null ? null : new Date(value));
  const incident = { ...row.incident, openedAt: date(row.incident.openedAt), closedAt: date(row.incident.closedAt), createdAt: new Date(row.incident.createdAt) };
  const programme = { ...row.programme, timeZone: membership.timeZone };
  const { members, actions, linkable } = row;
  const checkIns = row.checkIns.map((c) => ({ ...c, updatedAt: new Date(c.updatedAt) }));
  const updates = row.updates.map((u) => ({ ...u, createdAt: new Date(u.createdAt) }));
  const { protocol } = row;
  const messages = row.messages.map((msg) => ({
    ...msg, createdAt: new Date(msg.createdAt), finalAt: date(msg.finalAt),
    approvals: msg.approvals.map((a) => ({ ...a, approvedAt: new Date(a.approvedAt) })),
  }));
  const meetings = row.meetings.map((m) => ({
    ...m, startsAt: date(m.startsAt), endsAt: date(m.endsAt), pollClosesAt: date(m.pollClosesAt), cancelledAt: date(m.cancelledAt),
    options: m.options.map((o) => ({ ...o, startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) })),
  }));
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
    updates,
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

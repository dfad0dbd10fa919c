import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { millis, type Millis } from "@/lib/db/json-times";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Party, PollAnswer } from "@/lib/generated/prisma/enums";

type PollRow = {
  id: string;
  title: string;
  closedAt: Date | null;
  dinnerId: string | null;
  options: { id: string; startsAt: Millis; endsAt: Millis; votes: { membershipId: string; answer: PollAnswer }[] }[];
  members: { id: string; party: Party; name: string }[];
};

// A poll for a member: the options with totals and the viewer's own answers; for
// planners also the grid of every active member's answers. ONE statement (decision 029):
// the options with their votes and, for planners, the active members as JSON columns.
export async function getPoll(viewer: Viewer | null, programmeId: string, pollId: string) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const canPlan = can(viewer, "dinner.plan", programmeId);
  const [poll] = await db.$queryRaw<PollRow[]>`
    SELECT p."id", p."title", p."closedAt", p."dinnerId",
      COALESCE((SELECT json_agg(json_build_object(
          'id', o."id", 'startsAt', ${millis('o."startsAt"')}, 'endsAt', ${millis('o."endsAt"')},
          'votes', COALESCE((SELECT json_agg(json_build_object('membershipId', v."membershipId", 'answer', v."answer"))
                             FROM "DatePollVote" v JOIN "Membership" m ON m."id" = v."membershipId"
                             WHERE v."optionId" = o."id" AND m."leftAt" IS NULL), '[]'::json))
          ORDER BY o."startsAt", o."id")
        FROM "DatePollOption" o WHERE o."pollId" = p."id"), '[]'::json) AS "options",
      ${
        canPlan
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', m."id", 'party', m."party", 'name', pe."name") ORDER BY pe."name", m."id")
              FROM "Membership" m JOIN "Person" pe ON pe."id" = m."personId"
              WHERE m."programmeId" = ${programmeId} AND m."leftAt" IS NULL), '[]'::json)`
          : Prisma.sql`'[]'::json`
      } AS "members"
    FROM "DatePoll" p WHERE p."id" = ${pollId} AND p."programmeId" = ${programmeId}`;
  if (!poll) throw new NotFoundError();

  const options = poll.options.map((option) => {
    const count = (answer: PollAnswer) => option.votes.filter((v) => v.answer === answer).length;
    return {
      id: option.id,
      startsAt: new Date(option.startsAt),
      endsAt: new Date(option.endsAt),
      totals: { YES: count("YES"), IF_NEED_BE: count("IF_NEED_BE"), NO: count("NO") },
      myAnswer: option.votes.find((v) => v.membershipId === membership.id)?.answer ?? null,
    };
  });
  const answerOf = new Map(poll.options.flatMap((o) => o.votes.map((v) => [`${o.id}:${v.membershipId}`, v.answer] as const)));
  const grid = poll.members.map((m) => ({
    membershipId: m.id,
    name: m.name,
    party: m.party,
    answers: poll.options.map((o) => answerOf.get(`${o.id}:${m.id}`) ?? null),
  }));
  return { programme: { name: membership.programmeName, timeZone: membership.timeZone }, poll: { id: poll.id, title: poll.title, closedAt: poll.closedAt, dinnerId: poll.dinnerId }, options, canPlan, grid };
}

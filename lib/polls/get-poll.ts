import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import type { PollAnswer } from "@/lib/generated/prisma/enums";

// A poll for a member: the options with totals and the viewer's own answers; for
// planners also the grid of every active member's answers. Two queries (one for others).
export async function getPoll(viewer: Viewer | null, programmeId: string, pollId: string) {
  const { membership } = authorize(viewer, "dinner.view", programmeId);
  const canPlan = can(viewer, "dinner.plan", programmeId);
  const [poll, members] = await Promise.all([
    db.datePoll.findFirst({
      where: { id: pollId, programmeId },
      select: {
        id: true,
        title: true,
        closedAt: true,
        dinnerId: true,
        options: {
          orderBy: { startsAt: "asc" },
          select: { id: true, startsAt: true, endsAt: true, votes: { where: { membership: { leftAt: null } }, select: { membershipId: true, answer: true } } },
        },
      },
    }),
    canPlan
      ? db.membership.findMany({
          where: { programmeId, leftAt: null },
          orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
          select: { id: true, party: true, person: { select: { name: true } } },
        })
      : Promise.resolve([]),
  ]);
  if (!poll) throw new NotFoundError();

  const options = poll.options.map((option) => {
    const count = (answer: PollAnswer) => option.votes.filter((v) => v.answer === answer).length;
    return {
      id: option.id,
      startsAt: option.startsAt,
      endsAt: option.endsAt,
      totals: { YES: count("YES"), IF_NEED_BE: count("IF_NEED_BE"), NO: count("NO") },
      myAnswer: option.votes.find((v) => v.membershipId === membership.id)?.answer ?? null,
    };
  });
  const answerOf = new Map(poll.options.flatMap((o) => o.votes.map((v) => [`${o.id}:${v.membershipId}`, v.answer] as const)));
  const grid = members.map((m) => ({
    membershipId: m.id,
    name: m.person.name,
    party: m.party,
    answers: poll.options.map((o) => answerOf.get(`${o.id}:${m.id}`) ?? null),
  }));
  return { programme: { name: membership.programmeName, timeZone: membership.timeZone }, poll: { id: poll.id, title: poll.title, closedAt: poll.closedAt, dinnerId: poll.dinnerId }, options, canPlan, grid };
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import type { PollAnswer } from "@/lib/generated/prisma/enums";

// The viewer's answers to some or all options of an open poll; answering again replaces.
export async function answerPoll(viewer: Viewer | null, programmeId: string, pollId: string, answers: { optionId: string; answer: PollAnswer }[]) {
  const { membership } = authorize(viewer, "dinner.respond", programmeId);
  await db.$transaction(async (tx) => {
    const options = await tx.datePollOption.findMany({
      where: { pollId, poll: { programmeId, closedAt: null } },
      select: { id: true },
    });
    if (options.length === 0) throw new NotFoundError();
    const valid = new Set(options.map((o) => o.id));
    for (const { optionId, answer } of answers) {
      if (!valid.has(optionId)) continue;
      await tx.datePollVote.upsert({
        where: { optionId_membershipId: { optionId, membershipId: membership.id } },
        create: { optionId, membershipId: membership.id, answer },
        update: { answer },
      });
    }
  });
}

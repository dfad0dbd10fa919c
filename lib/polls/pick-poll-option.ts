import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { queueEmail } from "@/lib/email/queue-email";
import { dinnerPlannedEmail } from "@/lib/email/templates/dinner-planned";
import { appUrl } from "@/lib/env";
import type { Venue } from "@/lib/dinners/venue-schema";

export type PickInput = { optionId: string } & Venue;

// Picks one option: creates the dinner (PLANNED), closes the poll and queues an
// e-mail to every active member, all in one transaction. A poll closed meanwhile
// (someone else picked) → ConflictError with the dinner that was created.
export async function pickPollOption(viewer: Viewer | null, programmeId: string, pollId: string, input: PickInput) {
  authorize(viewer, "dinner.plan", programmeId);
  return db.$transaction(async (tx) => {
    const option = await tx.datePollOption.findFirst({
      where: { id: input.optionId, pollId, poll: { programmeId } },
      select: { startsAt: true, endsAt: true, poll: { select: { programme: { select: { name: true, timeZone: true } } } } },
    });
    if (!option) throw new NotFoundError();
    const dinner = await tx.dinner.create({
      data: {
        programmeId,
        startsAt: option.startsAt,
        endsAt: option.endsAt,
        venueKind: input.venueKind,
        venueName: input.venueName,
        venueAddress: input.venueAddress,
        hostParty: input.hostParty,
        capacity: input.capacity,
        guestNotes: input.guestNotes,
        status: "PLANNED",
      },
      select: { id: true },
    });
    const { count } = await tx.datePoll.updateMany({ where: { id: pollId, programmeId, closedAt: null }, data: { closedAt: new Date(), dinnerId: dinner.id } });
    if (count === 0) {
      const current = await tx.datePoll.findUnique({ where: { id: pollId }, select: { closedAt: true, dinnerId: true } });
      throw new ConflictError(current);
    }

    const members = await tx.membership.findMany({
      where: { programmeId, leftAt: null },
      select: { id: true, person: { select: { name: true, email: true, locale: true } } },
    });
    const { name: programmeName, timeZone } = option.poll.programme;
    const url = `${appUrl()}/programmes/${programmeId}/dinners/${dinner.id}`;
    for (const member of members) {
      const email = await dinnerPlannedEmail(
        { name: member.person.name, programme: programmeName, startsAt: option.startsAt, timeZone, venueName: input.venueName, venueAddress: input.venueAddress, link: url },
        member.person.locale,
      );
      await queueEmail({ dedupeKey: `poll-picked:${pollId}:${member.id}`, to: member.person.email, ...email }, tx);
    }
    return dinner;
  });
}

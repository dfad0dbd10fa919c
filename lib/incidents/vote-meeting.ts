import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { PollAnswer } from "@/lib/generated/prisma/enums";
import { FieldError, NotFoundError } from "@/lib/errors";

// A member's answer to one proposed time of an extra meeting, until the poll's deadline.
export async function voteMeeting(viewer: Viewer | null, programmeId: string, incidentId: string, meetingId: string, optionId: string, answer: PollAnswer, now = new Date()) {
  const { membership } = authorize(viewer, "incident.checkIn", programmeId);
  const option = await db.incidentMeetingOption.findFirst({
    where: { id: optionId, meeting: { id: meetingId, incidentId, programmeId, cancelledAt: null } },
    select: { meeting: { select: { startsAt: true, pollClosesAt: true } } },
  });
  if (!option) throw new NotFoundError();
  if (option.meeting.startsAt || (option.meeting.pollClosesAt && option.meeting.pollClosesAt <= now)) throw new FieldError("form", "pollClosed");
  await db.incidentMeetingVote.upsert({
    where: { optionId_membershipId: { optionId, membershipId: membership.id } },
    create: { optionId, membershipId: membership.id, answer },
    update: { answer },
  });
}

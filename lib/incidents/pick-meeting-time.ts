import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { FieldError, NotFoundError } from "@/lib/errors";
import { queueMeetingEmails } from "./queue-meeting-emails";

// The coordinator or liaison chooses one of the proposed times (also before the deadline,
// when the answers are clear): the meeting gets its time and everyone is told.
export async function pickMeetingTime(viewer: Viewer | null, programmeId: string, incidentId: string, meetingId: string, optionId: string) {
  authorize(viewer, "incident.meet", programmeId);
  await db.$transaction(async (tx) => {
    const option = await tx.incidentMeetingOption.findFirst({
      where: { id: optionId, meeting: { id: meetingId, incidentId, programmeId, cancelledAt: null } },
      select: { startsAt: true, endsAt: true, meeting: { select: { startsAt: true } } },
    });
    if (!option) throw new NotFoundError();
    if (option.meeting.startsAt) throw new FieldError("form", "timeAlreadySet");
    // Only while no time is set: someone who picked another time at the same moment keeps theirs
    // (their e-mails are already queued).
    const { count } = await tx.incidentMeeting.updateMany({
      where: { id: meetingId, startsAt: null, cancelledAt: null },
      data: { startsAt: option.startsAt, endsAt: option.endsAt, sequence: { increment: 1 }, version: { increment: 1 } },
    });
    if (count === 0) throw new FieldError("form", "timeAlreadySet");
    await queueMeetingEmails(tx, meetingId, "timeSet");
  });
}

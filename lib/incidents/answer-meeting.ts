import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";

// A member's answer to an extra meeting whose time is set: coming, maybe, not coming.
export async function answerMeeting(viewer: Viewer | null, programmeId: string, incidentId: string, meetingId: string, response: RsvpResponse) {
  const { membership } = authorize(viewer, "incident.checkIn", programmeId);
  const meeting = await db.incidentMeeting.findFirst({ where: { id: meetingId, incidentId, programmeId, startsAt: { not: null }, cancelledAt: null }, select: { id: true } });
  if (!meeting) throw new NotFoundError();
  await db.incidentMeetingAnswer.upsert({
    where: { meetingId_membershipId: { meetingId, membershipId: membership.id } },
    create: { meetingId, membershipId: membership.id, response },
    update: { response },
  });
}

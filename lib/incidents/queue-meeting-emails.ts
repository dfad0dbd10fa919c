import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { incidentMeetingEmail } from "@/lib/email/templates/incident-meeting";

// An extra meeting was convened (a time, or a poll to answer before its deadline) or its time
// was chosen: every active member is told in their language. Two queries and one insert.
export async function queueMeetingEmails(tx: Prisma.TransactionClient, meetingId: string, stage: "convened" | "timeSet") {
  const meeting = await tx.incidentMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { id: true, incidentId: true, programmeId: true, place: true, startsAt: true, pollClosesAt: true, incident: { select: { programme: { select: { name: true, timeZone: true } } } } },
  });
  const members = await tx.membership.findMany({ where: { programmeId: meeting.programmeId, leftAt: null }, select: { id: true, person: { select: { name: true, email: true, locale: true } } } });
  const base = `${appUrl()}/programmes/${meeting.programmeId}/incidents/${meeting.incidentId}`;
  const { name: programme, timeZone } = meeting.incident.programme;
  const emails = await Promise.all(
    members.map(async (m) => ({
      dedupeKey: `incident-meeting:${meeting.id}:${stage}:${m.id}`,
      to: m.person.email,
      ...(await incidentMeetingEmail(
        { name: m.person.name, programme, place: meeting.place, startsAt: meeting.startsAt, pollClosesAt: meeting.pollClosesAt, timeZone, link: `${base}#meetings`, calendarLink: meeting.startsAt ? `${base}/meetings/${meeting.id}/calendar.ics` : null },
        m.person.locale,
      )),
    })),
  );
  await tx.email.createMany({ data: emails, skipDuplicates: true });
}

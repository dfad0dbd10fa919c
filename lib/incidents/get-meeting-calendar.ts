import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { toIcs } from "@/lib/calendar/dinner-events";
import { appUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";

// An extra meeting as an .ics file, like a dinner's (only once its time is set).
export async function getMeetingCalendar(viewer: Viewer | null, programmeId: string, incidentId: string, meetingId: string) {
  const { viewer: me } = authorize(viewer, "incident.view", programmeId);
  const meeting = await db.incidentMeeting.findFirst({
    where: { id: meetingId, incidentId, programmeId, startsAt: { not: null } },
    select: { id: true, place: true, startsAt: true, endsAt: true, sequence: true, cancelledAt: true, createdAt: true, incident: { select: { programme: { select: { name: true } } } } },
  });
  if (!meeting?.startsAt || !meeting.endsAt) throw new NotFoundError();
  const { t } = await translatorFor(me.locale, "emails");
  const url = `${appUrl()}/programmes/${programmeId}/incidents/${incidentId}`;
  const ics = toIcs(
    [
      {
        uid: `incident-meeting-${meeting.id}@allies`,
        sequence: meeting.sequence,
        start: meeting.startsAt.getTime(),
        startInputType: "utc",
        startOutputType: "utc",
        end: meeting.endsAt.getTime(),
        endInputType: "utc",
        endOutputType: "utc",
        title: t("incidentMeeting.calendarTitle", { programme: meeting.incident.programme.name }),
        location: meeting.place,
        description: url,
        url,
        status: meeting.cancelledAt ? "CANCELLED" : "CONFIRMED",
      },
    ],
    { calName: meeting.incident.programme.name, method: meeting.cancelledAt ? "CANCEL" : "PUBLISH" },
  );
  return { filename: `allies-meeting-${meeting.startsAt.toISOString().slice(0, 10)}.ics`, ics };
}

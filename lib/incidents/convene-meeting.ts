import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { zonedToUtc } from "@/lib/dates";
import { FieldError, NotFoundError } from "@/lib/errors";
import { queueMeetingEmails } from "./queue-meeting-emails";

export type MeetingInput = { place: string; startsAt: string | null; options: string[]; durationMinutes: number; pollHours: number };

// Convene within hours: an extra meeting (not a dinner: it never counts toward the target),
// at a time set now, or by a short poll over up to three times that closes after some hours.
export async function conveneMeeting(viewer: Viewer | null, programmeId: string, incidentId: string, input: MeetingInput, now = new Date()) {
  authorize(viewer, "incident.meet", programmeId);
  return db.$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, programmeId, status: "OPEN" }, select: { programme: { select: { timeZone: true } } } });
    if (!incident) throw new NotFoundError();
    const { timeZone } = incident.programme;
    const length = input.durationMinutes * 60_000;
    let data;
    if (input.startsAt) {
      const startsAt = zonedToUtc(input.startsAt, timeZone);
      if (startsAt <= now) throw new FieldError("startsAt", "inThePast");
      data = { startsAt, endsAt: new Date(startsAt.getTime() + length) };
    } else {
      if (input.options.length < 2) throw new FieldError("options", "twoOptions");
      const times = input.options.map((o) => zonedToUtc(o, timeZone));
      if (times.some((t) => t <= now)) throw new FieldError("options", "inThePast");
      data = { pollClosesAt: new Date(now.getTime() + input.pollHours * 3_600_000), options: { create: times.map((t) => ({ startsAt: t, endsAt: new Date(t.getTime() + length) })) } };
    }
    const meeting = await tx.incidentMeeting.create({ data: { incidentId, programmeId, place: input.place, ...data }, select: { id: true } });
    await queueMeetingEmails(tx, meeting.id, "convened");
    return meeting;
  });
}

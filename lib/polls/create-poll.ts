import { addMinutes } from "date-fns";
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { zonedToUtc } from "@/lib/dates";
import { FieldError } from "@/lib/errors";

// How long a proposed dinner lasts; the coordinator adjusts the dinner afterwards.
export const POLL_DINNER_MINUTES = 150;

// A poll with 2–8 proposed start times, given as wall-clock times ("2027-03-12T18:30")
// in the programme's zone.
export async function createPoll(viewer: Viewer | null, programmeId: string, input: { title: string; options: string[] }, now = new Date()) {
  authorize(viewer, "dinner.plan", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { timeZone: true } });
  const starts = [...new Set(input.options.filter(Boolean))].map((local) => zonedToUtc(local, programme.timeZone));
  if (starts.some((d) => Number.isNaN(d.getTime()))) throw new FieldError("options", "invalid");
  if (starts.length < 2) throw new FieldError("options", "required");
  if (starts.length > 8) throw new FieldError("options", "tooBig");
  if (starts.some((d) => d <= now)) throw new FieldError("options", "tooSmall");
  starts.sort((a, b) => a.getTime() - b.getTime());
  return db.datePoll.create({
    data: {
      programmeId,
      title: input.title,
      options: { create: starts.map((startsAt) => ({ startsAt, endsAt: addMinutes(startsAt, POLL_DINNER_MINUTES) })) },
    },
    select: { id: true },
  });
}

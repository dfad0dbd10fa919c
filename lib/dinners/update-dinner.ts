import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { utcToZonedInput } from "@/lib/dates";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { dinnerData, type DinnerFields } from "./dinner-fields";
import { dinnerFormSelect, dinnerFormValues } from "./dinner-form-values";
import { queueDinnerChangeEmails } from "./queue-dinner-change-emails";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

// Saves a planned dinner if nobody saved it meanwhile. A new time or place bumps the
// calendar sequence and e-mails everyone who answered yes or maybe, in one transaction.
export async function updateDinner(viewer: Viewer | null, programmeId: string, input: DinnerFields & { dinnerId: string; version: number }) {
  const { viewer: me } = authorize(viewer, "dinner.plan", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, timeZone: true } });

  return db.$transaction(async (tx) => {
    const before = await tx.dinner.findFirst({ where: { id: input.dinnerId, programmeId }, select: { ...dinnerFormSelect, sequence: true } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(dinnerFormValues(before, programme.timeZone));
    if (before.status !== "PLANNED") throw new FieldError("form", "notPlanned");
    // An end left as it was moves along with a new start, keeping the dinner's length.
    const endUntouched = input.endsAt === utcToZonedInput(before.endsAt, programme.timeZone) && input.startsAt !== utcToZonedInput(before.startsAt, programme.timeZone);
    const data = dinnerData(endUntouched ? { ...input, endsAt: null } : input, programme.timeZone);
    if (endUntouched) data.endsAt = new Date(data.startsAt.getTime() + (before.endsAt.getTime() - before.startsAt.getTime()));
    const moved =
      before.startsAt.getTime() !== data.startsAt.getTime() ||
      before.endsAt.getTime() !== data.endsAt.getTime() ||
      before.venueKind !== data.venueKind ||
      before.venueName !== data.venueName ||
      before.venueAddress !== data.venueAddress;
    const { count } = await tx.dinner.updateMany({
      where: { id: input.dinnerId, programmeId, version: input.version },
      data: { ...data, version: { increment: 1 }, ...(moved ? { sequence: { increment: 1 } } : {}) },
    });
    if (count === 0) {
      const current = await tx.dinner.findFirstOrThrow({ where: { id: input.dinnerId }, select: dinnerFormSelect });
      throw new ConflictError(dinnerFormValues(current, programme.timeZone));
    }
    const sequence = moved ? before.sequence + 1 : before.sequence;
    if (moved) {
      const was = { startsAt: before.startsAt.toISOString(), venueName: before.venueName, venueAddress: before.venueAddress };
      const now = { startsAt: data.startsAt.toISOString(), venueName: data.venueName, venueAddress: data.venueAddress };
      await recordAuditEvent({ kind: "dinner.moved", actorId: me.personId, programmeId, subjectId: input.dinnerId, data: { was, now } }, tx);
    }
    const notified = moved ? await queueDinnerChangeEmails(tx, "changed", { id: input.dinnerId, programmeId, ...data, sequence }, programme, before) : 0;
    return { id: input.dinnerId, moved, notified };
  });
}

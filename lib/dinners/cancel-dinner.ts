import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { dinnerFormSelect, dinnerFormValues } from "./dinner-form-values";
import { queueDinnerChangeEmails } from "./queue-dinner-change-emails";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

// Cancels a planned dinner (version-checked), bumps its calendar sequence and e-mails
// everyone who answered yes or maybe, in one transaction.
export async function cancelDinner(viewer: Viewer | null, programmeId: string, input: { dinnerId: string; version: number }) {
  const { viewer: me } = authorize(viewer, "dinner.plan", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, timeZone: true } });

  return db.$transaction(async (tx) => {
    const before = await tx.dinner.findFirst({ where: { id: input.dinnerId, programmeId }, select: { ...dinnerFormSelect, id: true, sequence: true } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(dinnerFormValues(before, programme.timeZone));
    if (before.status !== "PLANNED") throw new FieldError("form", "notPlanned");
    const { count } = await tx.dinner.updateMany({
      where: { id: input.dinnerId, programmeId, version: input.version, status: "PLANNED" },
      data: { status: "CANCELLED", version: { increment: 1 }, sequence: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.dinner.findFirstOrThrow({ where: { id: input.dinnerId }, select: dinnerFormSelect });
      throw new ConflictError(dinnerFormValues(current, programme.timeZone));
    }
    await recordAuditEvent({ kind: "dinner.cancelled", actorId: me.personId, programmeId, subjectId: input.dinnerId, data: { startsAt: before.startsAt.toISOString() } }, tx);
    const notified = await queueDinnerChangeEmails(tx, "cancelled", { ...before, programmeId, sequence: before.sequence + 1 }, programme);
    return { id: input.dinnerId, notified };
  });
}

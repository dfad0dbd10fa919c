import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/errors";
import { nudgeJobs } from "@/lib/jobs/nudge";
import { requestTrustChecks } from "@/lib/trust/request-trust-checks";
import { dinnerFormSelect, dinnerFormValues } from "./dinner-form-values";

// After a dinner: who attended (every active member, checked or not) and the dinner is
// HELD, in one version-checked transaction. Also corrects the attendance of a held dinner.
export async function recordAttendance(
  viewer: Viewer | null,
  programmeId: string,
  input: { dinnerId: string; version: number; attendedMembershipIds: readonly string[] },
  now = new Date(),
) {
  authorize(viewer, "dinner.attendance", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { timeZone: true } });

  const recorded = await db.$transaction(async (tx) => {
    const dinner = await tx.dinner.findFirst({ where: { id: input.dinnerId, programmeId }, select: { ...dinnerFormSelect, id: true } });
    if (!dinner) throw new NotFoundError();
    if (dinner.version !== input.version) throw new ConflictError(dinnerFormValues(dinner, programme.timeZone));
    if (dinner.status === "CANCELLED") throw new FieldError("form", "dinnerCancelled");
    if (dinner.startsAt > now) throw new FieldError("form", "notStarted");

    const { count } = await tx.dinner.updateMany({
      where: { id: dinner.id, version: input.version, status: { not: "CANCELLED" } },
      data: { status: "HELD", version: { increment: 1 }, ...(dinner.status !== "HELD" ? { sequence: { increment: 1 } } : {}) },
    });
    if (count === 0) {
      const current = await tx.dinner.findFirstOrThrow({ where: { id: dinner.id }, select: dinnerFormSelect });
      throw new ConflictError(dinnerFormValues(current, programme.timeZone));
    }

    // Only active members of this programme count; any other id sent is ignored.
    const members = await tx.membership.findMany({ where: { programmeId, leftAt: null }, select: { id: true } });
    const attended = new Set(input.attendedMembershipIds);
    const present = members.filter((m) => attended.has(m.id)).map((m) => m.id);
    const absent = members.filter((m) => !attended.has(m.id)).map((m) => m.id);
    await tx.rsvp.createMany({ data: members.map((m) => ({ dinnerId: dinner.id, membershipId: m.id })), skipDuplicates: true });
    await tx.rsvp.updateMany({ where: { dinnerId: dinner.id, membershipId: { in: present } }, data: { attended: true } });
    await tx.rsvp.updateMany({ where: { dinnerId: dinner.id, membershipId: { in: absent } }, data: { attended: false } });
    // Everyone present is asked the anonymous trust check (once per dinner; lib/trust).
    await requestTrustChecks(tx, { programmeId, dinnerId: dinner.id, membershipIds: present }, now);
    return { attended: present.length, absent: absent.length };
  });
  // The trust checks are asked while the dinner is fresh in mind: sent now, not at the next tick.
  nudgeJobs("deliver-emails");
  return recorded;
}

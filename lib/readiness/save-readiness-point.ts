import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/client";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError } from "@/lib/errors";
import type { ReadinessStatus } from "@/lib/generated/prisma/client";
import { isCaseWorkPoint } from "./readiness-points";

// Saves one point's status and notes and marks it reviewed now, only if nobody saved it
// since `version` was read (0: never saved). Points 8-10 refuse notes: case data stays
// in the municipality's case management.
export async function saveReadinessPoint(
  viewer: Viewer | null,
  programmeId: string,
  input: { point: number; version: number; status: ReadinessStatus; notes: string },
  now = new Date(),
) {
  authorize(viewer, "plan.edit", programmeId);
  if (isCaseWorkPoint(input.point) && input.notes) throw new FieldError("notes", "noCaseNotes");
  const data = { status: input.status, notes: input.notes, reviewedAt: now };
  return db.$transaction(async (tx) => {
    const current = await tx.readinessPoint.findUnique({ where: { programmeId_point: { programmeId, point: input.point } }, select: { status: true, notes: true, version: true } });
    const conflict = () => new ConflictError({ notes: current?.notes ?? "", version: current?.version ?? 0 });
    if ((current?.version ?? 0) !== input.version) throw conflict();
    if (!current) {
      try {
        await tx.readinessPoint.create({ data: { programmeId, point: input.point, ...data } });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict();
        throw error;
      }
      return;
    }
    const { count } = await tx.readinessPoint.updateMany({ where: { programmeId, point: input.point, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw conflict();
  });
}

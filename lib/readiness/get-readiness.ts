import { db } from "@/lib/db";
import { authorize, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { readinessPoints } from "./readiness-points";

// The ten points with their status, notes and last review; a point never saved is "not started".
export async function getReadiness(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "plan.view", programmeId);
  const [programme, rows] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { municipality: true, timeZone: true } }),
    db.readinessPoint.findMany({ where: { programmeId }, select: { point: true, status: true, notes: true, reviewedAt: true, version: true } }),
  ]);
  const byPoint = new Map(rows.map((row) => [row.point, row]));
  return {
    programme,
    points: readinessPoints.map((p) => {
      const row = byPoint.get(p.point);
      return { ...p, status: row?.status ?? "NOT_STARTED", notes: p.caseWork ? "" : (row?.notes ?? ""), reviewedAt: row?.reviewedAt ?? null, version: row?.version ?? 0 };
    }),
    canEdit: can(viewer, "plan.edit", programmeId),
  };
}

import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/client";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { ConflictError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { planGoalsOf, type PlanGoal } from "./plan-goals";

export type PlanFields = { vision: string; policeRole: string; municipalityRole: string; communityRole: string; goals: Record<string, string> };

// Saves the plan as a new version, only if nobody saved one since `version` was read
// (0: there was none). The history keeps every version. Goals are kept for the
// programme's active topics only; empty goals are left out.
export async function saveProgrammePlan(viewer: Viewer | null, programmeId: string, version: number, fields: PlanFields) {
  const { membership } = authorize(viewer, "plan.edit", programmeId);
  return db.$transaction(async (tx) => {
    const [latest, topics] = await Promise.all([
      tx.programmePlan.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true, vision: true, goals: true } }),
      tx.topic.findMany({ where: { programmeId, archivedAt: null }, select: { id: true } }),
    ]);
    if ((latest?.version ?? 0) !== version) throw new ConflictError({ vision: latest?.vision ?? "", version: latest?.version ?? 0 });
    const goals: PlanGoal[] = topics.map((t) => ({ topicId: t.id, goal: fields.goals[t.id] ?? "" })).filter((g) => g.goal);
    await insertVersion(tx, {
      programmeId,
      version: version + 1,
      vision: fields.vision,
      goals,
      policeRole: fields.policeRole,
      municipalityRole: fields.municipalityRole,
      communityRole: fields.communityRole,
      reviewedUnchanged: false,
      authorId: membership.id,
    });
  });
}

// Records the yearly review of an unchanged plan: a copy of the current version, marked as such.
export async function reviewProgrammePlan(viewer: Viewer | null, programmeId: string, version: number) {
  const { membership } = authorize(viewer, "plan.edit", programmeId);
  return db.$transaction(async (tx) => {
    const latest = await tx.programmePlan.findFirst({ where: { programmeId }, orderBy: { version: "desc" } });
    if (!latest || latest.version !== version) throw new ConflictError({ vision: latest?.vision ?? "", version: latest?.version ?? 0 });
    await insertVersion(tx, {
      programmeId,
      version: version + 1,
      vision: latest.vision,
      goals: planGoalsOf(latest.goals),
      policeRole: latest.policeRole,
      municipalityRole: latest.municipalityRole,
      communityRole: latest.communityRole,
      reviewedUnchanged: true,
      authorId: membership.id,
    });
  });
}

// Two saves of the same version: the unique (programmeId, version) refuses the second.
async function insertVersion(tx: Prisma.TransactionClient, data: Omit<Prisma.ProgrammePlanUncheckedCreateInput, "goals"> & { goals: PlanGoal[] }) {
  try {
    await tx.programmePlan.create({ data });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError({ vision: data.vision, version: data.version - 1 });
    throw error;
  }
}

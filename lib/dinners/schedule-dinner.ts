import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { dinnerData, type DinnerFields } from "./dinner-fields";

// A new planned dinner. Nobody has answered yet, so nobody is e-mailed here.
export async function scheduleDinner(viewer: Viewer | null, programmeId: string, fields: DinnerFields) {
  authorize(viewer, "dinner.plan", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { timeZone: true } });
  const data = dinnerData(fields, programme.timeZone);
  return db.dinner.create({ data: { programmeId, ...data }, select: { id: true } });
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// What the "propose dates" form needs: the programme's time zone. Planners only.
export async function getNewPollForm(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "dinner.plan", programmeId);
  return db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { name: true, timeZone: true } });
}

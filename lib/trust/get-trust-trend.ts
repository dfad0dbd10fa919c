import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { followUpYear } from "@/lib/follow-up/follow-up-year";
import { loadTrustTrend } from "./trust-trend";

// The follow-up dashboard's trust trend: the held dinners of one calendar year (in the
// programme's time zone) with their anonymous trust results, overall and per party, each
// shown only from three answers on. Two queries whatever the data size.
export async function getTrustTrend(viewer: Viewer | null, programmeId: string, options: { year?: number } = {}, now = new Date()) {
  authorize(viewer, "trust.view", programmeId);
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { timeZone: true } });
  const year = followUpYear(options.year, programme.timeZone, now);
  const points = (await loadTrustTrend([programmeId], year.start, year.end)).get(programmeId) ?? [];
  return { year: year.year, timeZone: programme.timeZone, points };
}

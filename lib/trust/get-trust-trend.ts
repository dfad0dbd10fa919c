import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { followUpYear } from "@/lib/follow-up/follow-up-year";
import { loadTrustTrend } from "./trust-trend";

// The follow-up dashboard's trust trend: the held dinners of one calendar year (in the
// programme's time zone) with their anonymous trust results, overall and per party, each
// shown only from three answers on. One query whatever the data size (the programme's zone
// comes with the viewer).
export async function getTrustTrend(viewer: Viewer | null, programmeId: string, options: { year?: number } = {}, now = new Date()) {
  const { timeZone } = authorize(viewer, "trust.view", programmeId).membership;
  const year = followUpYear(options.year, timeZone, now);
  const points = (await loadTrustTrend([programmeId], year.start, year.end)).get(programmeId) ?? [];
  return { year: year.year, currentYear: year.currentYear, timeZone, points };
}

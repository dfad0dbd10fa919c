import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// What the "propose dates" form needs: the programme's name and time zone, which come with
// the viewer's membership (no query). Planners only.
export async function getNewPollForm(viewer: Viewer | null, programmeId: string) {
  const { membership } = authorize(viewer, "dinner.plan", programmeId);
  return { name: membership.programmeName, timeZone: membership.timeZone };
}

import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { dinnerFormSelect, dinnerFormValues } from "./dinner-form-values";
import { suggestHost } from "./suggest-host";

// What the plan/edit form needs: the programme's zone (from the viewer's membership), the
// host suggestion and, when editing, the dinner's current values as wall-clock times in that zone.
export async function getDinnerForm(viewer: Viewer | null, programmeId: string, dinnerId?: string) {
  const { membership } = authorize(viewer, "dinner.plan", programmeId);
  const programme = { id: programmeId, name: membership.programmeName, timeZone: membership.timeZone };
  const [recentHosts, dinner] = await Promise.all([
    db.dinner.findMany({
      where: { programmeId, status: { not: "CANCELLED" }, hostParty: { not: null }, ...(dinnerId ? { id: { not: dinnerId } } : {}) },
      orderBy: { startsAt: "desc" },
      take: 6,
      select: { startsAt: true, hostParty: true },
    }),
    dinnerId ? db.dinner.findFirst({ where: { id: dinnerId, programmeId }, select: { ...dinnerFormSelect, id: true } }) : null,
  ]);
  if (dinnerId && !dinner) throw new NotFoundError();
  return {
    programme,
    suggestedHost: suggestHost(recentHosts),
    dinner: dinner ? { id: dinner.id, ...dinnerFormValues(dinner, programme.timeZone) } : null,
  };
}

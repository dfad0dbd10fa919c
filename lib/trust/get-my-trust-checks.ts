import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// The trust checks waiting for the signed-in member (start-page card): open requests of
// their active memberships, newest dinner first. One query.
export async function getMyTrustChecks(viewer: Viewer | null, now = new Date()) {
  const me = requireViewer(viewer);
  const membershipIds = me.memberships.map((m) => m.id);
  const requests = await db.trustCheckRequest.findMany({
    where: { membershipId: { in: membershipIds }, expiresAt: { gt: now }, dinner: { status: "HELD" } },
    orderBy: { dinner: { startsAt: "desc" } },
    take: 5,
    select: { dinnerId: true, dinner: { select: { startsAt: true, programmeId: true, programme: { select: { name: true, timeZone: true } } } } },
  });
  return requests.map((r) => ({ dinnerId: r.dinnerId, programmeId: r.dinner.programmeId, programme: r.dinner.programme.name, timeZone: r.dinner.programme.timeZone, startsAt: r.dinner.startsAt }));
}

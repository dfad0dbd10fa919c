import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireViewer } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

type TrustCheckRow = { dinnerId: string; programmeId: string; programme: string; timeZone: string; startsAt: Date };

// The trust checks waiting for the signed-in member (start-page card): open requests of
// their active memberships, newest dinner first. One statement: the start page is the page
// members open most (a nested select took three, one after the other; issue 10).
export async function getMyTrustChecks(viewer: Viewer | null, now = new Date()): Promise<TrustCheckRow[]> {
  const me = requireViewer(viewer);
  if (me.memberships.length === 0) return [];
  return db.$queryRaw<TrustCheckRow[]>`
    SELECT r."dinnerId", d."programmeId", g."name" AS "programme", g."timeZone", d."startsAt"
    FROM "TrustCheckRequest" r
    JOIN "Dinner" d ON d."id" = r."dinnerId"
    JOIN "Programme" g ON g."id" = d."programmeId"
    WHERE r."membershipId" IN (${Prisma.join(me.memberships.map((m) => m.id))})
      AND r."expiresAt" > ${now} AND d."status" = 'HELD'
    ORDER BY d."startsAt" DESC
    LIMIT 5`;
}

import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/security/secret-token";

// What the e-mailed link's page shows: which dinner it is about. Null when the link is
// unknown, already used or expired (one answer for all three, so nothing is revealed).
export async function getTrustCheckByToken(token: string, now = new Date()) {
  const request = await db.trustCheckRequest.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { expiresAt: true, membership: { select: { leftAt: true } }, dinner: { select: { startsAt: true, programme: { select: { name: true, timeZone: true } } } } },
  });
  if (!request || request.expiresAt <= now || request.membership.leftAt) return null;
  return { programme: request.dinner.programme.name, startsAt: request.dinner.startsAt, timeZone: request.dinner.programme.timeZone };
}

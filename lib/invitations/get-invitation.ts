import { db } from "@/lib/db";
import { hashInvitationToken } from "./invitation-token";

export type InvitationStatus = "valid" | "expired" | "revoked" | "used";

// Public: the token in the link is the only credential. Unknown tokens are absent (null);
// known ones say why they no longer work, without naming the programme.
export async function getInvitation(token: string, now = new Date()) {
  if (token.length > 100) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      name: true,
      email: true,
      party: true,
      role: true,
      organisation: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      programme: { select: { name: true, municipality: true, neighbourhood: true, dinnersPerYearTarget: true } },
    },
  });
  if (!invitation) return null;
  const status: InvitationStatus = invitation.acceptedAt ? "used" : invitation.revokedAt ? "revoked" : invitation.expiresAt <= now ? "expired" : "valid";
  if (status !== "valid") return { status } as const;
  const { acceptedAt: _a, revokedAt: _r, expiresAt, ...rest } = invitation;
  return { status, ...rest, expiresAt } as const;
}

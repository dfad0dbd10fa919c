import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/security/secret-token";

export type PulseInviteState = { status: "invalid" } | { status: "closed" | "answered" | "open"; programme: string };

// Public (the token is the credential): what the pulse link shows. One query.
export async function getPulseInvite(token: string, now = new Date()): Promise<PulseInviteState> {
  const invite = await db.pulseInvite.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { answered: true, expiresAt: true, membership: { select: { leftAt: true } }, round: { select: { closedAt: true, programme: { select: { name: true } } } } },
  });
  if (!invite || invite.membership.leftAt) return { status: "invalid" };
  const programme = invite.round.programme.name;
  if (invite.answered) return { status: "answered", programme };
  if (invite.round.closedAt || invite.expiresAt <= now) return { status: "closed", programme };
  return { status: "open", programme };
}

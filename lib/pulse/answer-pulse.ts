import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { refuseIdentifyingText } from "@/lib/privacy/refuse-identifying-text";
import { checkTensionRise } from "@/lib/signals/check-tension-rise";
import { hashSecretToken } from "@/lib/security/secret-token";

// Counts one answer for the link's member and round, once. The invite only records THAT
// they answered; the answer row has their party, the level and the remark, and nothing
// that leads back to them (no member, no time, a random uuid).
export async function answerPulse(token: string, input: { level: number; remark: string }, now = new Date()) {
  const tokenHash = hashSecretToken(token);
  await db.$transaction(async (tx) => {
    const invite = await tx.pulseInvite.findUnique({
      where: { tokenHash },
      select: { roundId: true, answered: true, expiresAt: true, round: { select: { programmeId: true, closedAt: true } }, membership: { select: { party: true, leftAt: true } } },
    });
    // A member who has left speaks no more for the group: their link opens nothing.
    if (!invite || invite.membership.leftAt) throw new FieldError("form", "pulseInvalid");
    if (invite.answered) throw new FieldError("form", "pulseAlreadyCounted");
    if (invite.round.closedAt || invite.expiresAt <= now) throw new FieldError("form", "pulseClosed");
    if (input.remark) await refuseIdentifyingText(tx, invite.round.programmeId, { remark: input.remark });
    // Claims the invite: of two taps at the same moment only one counts.
    const claimed = await tx.pulseInvite.updateMany({ where: { tokenHash, answered: false }, data: { answered: true } });
    if (claimed.count === 0) throw new FieldError("form", "pulseAlreadyCounted");
    await tx.pulseAnswer.create({ data: { roundId: invite.roundId, party: invite.membership.party, level: input.level, remark: input.remark || null } });
    await checkTensionRise(tx, invite.round.programmeId, now);
  });
}

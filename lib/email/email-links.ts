import type { Prisma } from "@/lib/generated/prisma/client";
import { storeVerificationToken } from "@/lib/auth/verification-token";
import { newSecretToken } from "@/lib/security/secret-token";

// A link with a secret token in an e-mail (decision 037). The e-mail is queued with this slot
// where the token goes, and the token is made only in the transaction that sends it, so it is
// never in the outbox: not while the e-mail waits, not after.
export const linkTokenSlot = "__link_token__";

// What the token opens, and the row that keeps its hash: its id, or for a pulse invite and a
// trust-check request (keyed by round or dinner, and membership) the two joined by ":". A
// sign-in link has none: next-auth's verification token is made at sending.
export type EmailLink = { kind: "invitation" | "pulse" | "trust-check" | "dinner-answer"; ref: string } | { kind: "sign-in" };

// What the row keeping a link's hash holds until its e-mail is sent: the hash of a token
// nobody has, so the link opens nothing before then.
export function hashOfNoToken(): string {
  return newSecretToken().tokenHash;
}

// Makes the e-mail's token and stores its hash; null when what the link opens is gone (an
// invitation revoked or accepted meanwhile, a member erased) or is a member's who
// has left since: the e-mail is then not sent.
// A second sending of the same link (a retry) makes a new token and ends the earlier one.
export async function makeLinkToken(tx: Prisma.TransactionClient, kind: string, ref: string | null, to: string): Promise<string | null> {
  const { token, tokenHash } = newSecretToken();
  const [id = "", membershipId = ""] = (ref ?? "").split(":");
  const data = { tokenHash };
  const active = { membership: { leftAt: null } };
  switch (kind as EmailLink["kind"]) {
    case "invitation":
      return (await tx.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data })).count ? token : null;
    case "pulse":
      return (await tx.pulseInvite.updateMany({ where: { roundId: id, membershipId, ...active }, data })).count ? token : null;
    case "trust-check":
      return (await tx.trustCheckRequest.updateMany({ where: { dinnerId: id, membershipId, ...active }, data })).count ? token : null;
    case "dinner-answer":
      return (await tx.dinnerAnswerLink.updateMany({ where: { id, ...active }, data })).count ? token : null;
    case "sign-in":
      await storeVerificationToken(tx, to, token);
      return token;
    default:
      return null;
  }
}

export function fillLinkToken(body: string, token: string): string {
  return body.replaceAll(linkTokenSlot, token);
}

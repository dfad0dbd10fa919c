import { createHash, randomBytes } from "node:crypto";

export const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

// The token travels only in the e-mailed link; the database keeps its sha256.
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

import { createHash, randomBytes } from "node:crypto";

// The secret of a link sent by e-mail (invitation, pulse, trust check, dinner answer):
// 32 random bytes travel in the link; the database keeps only their sha256.
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

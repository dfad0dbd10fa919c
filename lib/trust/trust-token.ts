import { createHash, randomBytes } from "node:crypto";

// The one-tap link's token: 32 random bytes in the e-mail, only its sha256 in the database.
export function newTrustToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashTrustToken(token) };
}

export function hashTrustToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

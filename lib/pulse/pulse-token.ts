import { createHash, randomBytes } from "node:crypto";

// A pulse link's secret: 32 random bytes in the link, only its sha256 in the database.
export function newPulseToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashPulseToken(token) };
}

export function hashPulseToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

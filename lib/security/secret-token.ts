import { createHash, randomBytes } from "node:crypto";

// Every secret we hand out (a session's cookie; the link of an invitation, pulse, trust
// check or dinner answer): 32 random bytes travel to the member; the database keeps only
// their sha256, so a copy of it opens nothing.
export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

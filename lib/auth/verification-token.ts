import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authSecret } from "@/lib/env";

const signInLinkLifetimeMs = 15 * 60 * 1000;

// Stores a sign-in token exactly as next-auth's e-mail provider hashes it (sha256 of the
// token and the secret), so next-auth's callback redeems it and stays the one that creates
// sessions. The token itself is never stored.
export async function storeVerificationToken(tx: Prisma.TransactionClient, email: string, token: string, now = new Date()) {
  const hashed = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
  await tx.verificationToken.create({ data: { identifier: email, token: hashed, expires: new Date(now.getTime() + signInLinkLifetimeMs) } });
}

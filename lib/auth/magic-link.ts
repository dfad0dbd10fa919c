import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { queueEmail } from "@/lib/email/queue-email";
import { linkTokenSlot } from "@/lib/email/email-links";
import { newSecretToken } from "@/lib/security/secret-token";
import { storeVerificationToken } from "./verification-token";
import { deliverPendingEmails } from "@/lib/email/deliver-emails";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { limitsByAddress } from "@/lib/http/client-address";
import { addressKey } from "./address-key";
import { takeRateLimit } from "./rate-limit";

// A sign-in link for a token: next-auth's e-mail callback redeems it and signs the member in.
function signInLink(email: string, token: string, callbackPath: string): string {
  const params = new URLSearchParams({ callbackUrl: `${appUrl()}${safeRedirectPath(callbackPath)}`, token, email });
  return `${appUrl()}/api/auth/callback/email?${params}`;
}

// A link to follow at once (a redirect), never e-mailed: e-mailed ones get their token when
// sent (lib/email/email-links.ts).
export async function createMagicLink(email: string, callbackPath = "/", client: Prisma.TransactionClient = db): Promise<string> {
  const { token } = newSecretToken();
  await storeVerificationToken(client, email, token);
  return signInLink(email, token, callbackPath);
}

export type SignInRequestResult = "sent" | "rate-limited";

// Asking for a sign-in link. The answer never says whether the address is known, and
// comes after the same work for a known and an unknown address (two rate-limit counters):
// looking the person up, making the link and mailing it is `send`, which the caller runs
// after answering (next/server's after()), so timing reveals nothing either.
//
// Limits (docs/decisions/017-hold-under-load-and-attack.md), none of which can keep a
// member's link from them:
// - per address+IP pair, 5 per 15 minutes, answered "rate-limited": only requests for that
//   address count, and each of them already mailed the member a working link;
// - at most one link per address per minute whoever asks, silently (the link already sent
//   is still valid for 15 minutes: a flood can neither lock the member out nor spam them);
// - per IP, 30 per 15 minutes, silently: past it the answer is still "sent", and each
//   address gets at most one link per 10 minutes, so a stranger behind the member's IP (a
//   carrier's NAT, an office) flooding other addresses cannot stop the member's link, and a
//   flood from one IP mails each member at most six times an hour.
// Rate-limit keys never hold the address itself, only its keyed hash (./address-key.ts).
export async function requestSignInLink(input: { email: string; callbackUrl?: string; ip: string; locale: "en" | "nl" }): Promise<{ answer: SignInRequestResult; send: () => Promise<void> }> {
  const key = addressKey(input.email);
  const [pairAllowed, ipAllowed] = limitsByAddress(input.ip)
    ? await Promise.all([takeRateLimit(`sign-in:pair:${key}:${input.ip}`, 5, 15 * 60), takeRateLimit(`sign-in:ip:${input.ip}`, 30, 15 * 60)])
    : [true, true];
  if (!pairAllowed) return { answer: "rate-limited", send: async () => {} };
  return { answer: "sent", send: () => sendSignInLink(input, key, ipAllowed) };
}

async function sendSignInLink(input: { email: string; callbackUrl?: string; locale: "en" | "nl" }, key: string, ipAllowed: boolean): Promise<void> {
  if (!(await takeRateLimit(`sign-in:send:${key}`, 1, 60))) return;
  if (!ipAllowed && !(await takeRateLimit(`sign-in:send-busy:${key}`, 1, 10 * 60))) return;
  const person = await db.person.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
  if (!person) return;
  const link = signInLink(input.email, linkTokenSlot, input.callbackUrl ?? "/");
  await queueEmail({ dedupeKey: `sign-in:${randomUUID()}`, to: input.email, link: { kind: "sign-in" }, ...(await signInLinkEmail({ name: person.name, link }, person.locale ?? input.locale)) });
  await deliverPendingEmails();
}

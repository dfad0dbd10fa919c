import { createHash, randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { appUrl, authSecret } from "@/lib/env";
import { queueEmail } from "@/lib/email/queue-email";
import { deliverPendingEmails } from "@/lib/email/deliver-emails";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";
import { takeRateLimit } from "./rate-limit";

const linkLifetimeMs = 15 * 60 * 1000;

// Only same-site paths may follow sign-in, never another host.
export function safeCallbackPath(value: string | null | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

// Makes a link that next-auth's email callback redeems: the token is stored hashed
// exactly as next-auth hashes it, so next-auth remains the one that creates sessions.
export async function createMagicLink(email: string, callbackPath = "/"): Promise<string> {
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
  await db.verificationToken.create({ data: { identifier: email, token: hashed, expires: new Date(Date.now() + linkLifetimeMs) } });
  const params = new URLSearchParams({ callbackUrl: `${appUrl()}${safeCallbackPath(callbackPath)}`, token, email });
  return `${appUrl()}/api/auth/callback/email?${params}`;
}

export type SignInRequestResult = "sent" | "rate-limited";

// The answer never says whether the address is known: unknown addresses simply get no e-mail.
export async function requestSignInLink(input: { email: string; callbackUrl?: string; ip: string; locale: "en" | "nl" }): Promise<SignInRequestResult> {
  const [emailAllowed, ipAllowed] = await Promise.all([
    takeRateLimit(`sign-in:email:${input.email}`, 5, 15 * 60),
    takeRateLimit(`sign-in:ip:${input.ip}`, 30, 15 * 60),
  ]);
  if (!emailAllowed || !ipAllowed) return "rate-limited";
  const person = await db.person.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
  if (!person) return "sent";
  const link = await createMagicLink(input.email, input.callbackUrl);
  await queueEmail({ dedupeKey: `sign-in:${randomUUID()}`, to: input.email, ...(await signInLinkEmail({ name: person.name, link }, person.locale ?? input.locale)) });
  await deliverPendingEmails();
  return "sent";
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSignInLink } from "@/lib/auth/magic-link";
import { requestSignInInput } from "@/lib/auth/sign-in-input";
import { serverAction } from "@/lib/forms/server-action";
import { resolveLocale } from "@/lib/i18n/request";

// Open to signed-out visitors: asking for a sign-in link is how they stop being one.
export const requestSignIn = serverAction(
  requestSignInInput,
  async (_viewer, { email, callbackUrl }) => {
    const requestHeaders = await headers();
    const ip = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "unknown";
    const result = await requestSignInLink({ email, callbackUrl: callbackUrl ?? undefined, ip, locale: await resolveLocale() });
    if (result === "rate-limited") return { ok: false, message: "rateLimited" };
    redirect("/signin/check-email");
  },
  { access: "anyone" },
);

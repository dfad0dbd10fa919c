"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSignInLink } from "@/lib/auth/magic-link";
import { requestSignInInput } from "@/lib/auth/sign-in-input";
import { serverAction } from "@/lib/forms/server-action";
import { afterAnswer } from "@/lib/http/after-answer";
import { clientAddress } from "@/lib/http/client-address";
import { resolveLocale } from "@/lib/i18n/request";

// Open to signed-out visitors: asking for a sign-in link is how they stop being one.
// The caller's address comes from the socket (and TRUSTED_PROXIES), never from a header a
// client can write. The link is made and mailed after the answer, so known and unknown
// addresses take the same time.
export const requestSignIn = serverAction(
  requestSignInInput,
  async (_viewer, { email, callbackUrl }) => {
    const ip = clientAddress(await headers());
    const { answer, send } = await requestSignInLink({ email, callbackUrl: callbackUrl ?? undefined, ip, locale: await resolveLocale() });
    if (answer === "rate-limited") return { ok: false, message: "rateLimited" };
    await afterAnswer(send);
    redirect("/signin/check-email");
  },
  { access: "anyone" },
);

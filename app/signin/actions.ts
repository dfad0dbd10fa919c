"use server";

import { headers, cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestSignInLink, safeCallbackPath, signInRequestSchema } from "@/lib/auth/magic-link";
import { clearSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { signOutEverywhere, signOutSession } from "@/lib/auth/sign-out";
import { getViewer } from "@/lib/auth/viewer";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { serverAction } from "@/lib/forms/server-action";
import { resolveLocale } from "@/lib/i18n/request";
import { isLocale, localeCookie } from "@/lib/i18n/locales";
import { setPreferredLanguage } from "@/lib/people/set-preferred-language";

// Sign-in is the one action open to signed-out visitors, so it does not use serverAction().
export async function requestSignIn(_previous: FormState | undefined, formData: FormData): Promise<FormState> {
  const parsed = signInRequestSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "checkFields", fieldErrors: fieldErrorsFrom(parsed.error) };
  const requestHeaders = await headers();
  const ip = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "unknown";
  const result = await requestSignInLink({ ...parsed.data, ip, locale: await resolveLocale() });
  if (result === "rate-limited") return { ok: false, message: "rateLimited" };
  redirect("/signin/check-email");
}

export async function signOut(): Promise<void> {
  const token = await readSessionToken();
  if (token) await signOutSession(token);
  await clearSessionCookie();
  redirect("/signin");
}

export const signOutEverywhereAction = serverAction(z.object({}), async (viewer) => {
  await signOutEverywhere(viewer);
  await clearSessionCookie();
  redirect("/signin");
});

const localeSchema = z.object({ locale: z.string().refine(isLocale, "invalid"), returnTo: z.string().max(500).optional() });

// Open to everyone: a signed-in member's choice is also saved to their profile.
export async function chooseLanguage(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) redirect("/");
  const locale = parsed.data.locale as "en" | "nl";
  (await cookies()).set(localeCookie, locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 3600 });
  const viewer = await getViewer();
  if (viewer) await setPreferredLanguage(viewer, locale);
  redirect(safeCallbackPath(parsed.data.returnTo));
}

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSignInLink, signInRequestSchema } from "@/lib/auth/magic-link";
import { fieldErrorsFrom, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { resolveLocale } from "@/lib/i18n/request";

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

"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { updateAccount } from "@/lib/account/update-account";
import { safeCallbackPath } from "@/lib/auth/magic-link";
import { getViewer } from "@/lib/auth/viewer";
import { formDataToObject } from "@/lib/forms/form-state";
import { isLocale, localeCookie } from "@/lib/i18n/locales";

const localeSchema = z.object({ locale: z.string().refine(isLocale, "invalid"), returnTo: z.string().max(500).optional() });

// The language switch on every screen. Open to everyone: a signed-in member's choice is
// also saved to their profile.
export async function chooseLanguage(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) redirect("/");
  const locale = parsed.data.locale as "en" | "nl";
  (await cookies()).set(localeCookie, locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 3600 });
  const viewer = await getViewer();
  if (viewer) await updateAccount(viewer, { locale });
  // Back to the page the switch was on: the header lives in a layout, so the form does
  // not know the current page; the browser's Referer (same origin) does.
  redirect(safeCallbackPath(parsed.data.returnTo ?? refererPath((await headers()).get("referer"))));
}

function refererPath(referer: string | null): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

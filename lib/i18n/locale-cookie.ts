import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Viewer } from "@/lib/auth/viewer";
import { requestPath } from "@/lib/http/request-path";
import { isLocale, localeCookie, type AppLocale } from "./locales";

// The language of every page is read from this cookie alone (lib/i18n/request.ts), so no
// page waits for the viewer before it renders (issue 10, decision 031). The cookie also
// carries a signed-in member's saved language: it is set wherever that changes on this
// device, and a page finding it out of step (changed on another device, a new sign-in)
// sends the browser once through /language/sync to set it.
export async function rememberLocale(locale: AppLocale) {
  (await cookies()).set(localeCookie, locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 3600 });
}

export async function chosenLocale(): Promise<AppLocale | undefined> {
  const chosen = (await cookies()).get(localeCookie)?.value;
  return isLocale(chosen) ? chosen : undefined;
}

// Back to the very page asked for, query included (an answer link's `?answer=YES`).
export async function keepLocaleInStep(viewer: Viewer) {
  if (viewer.locale && viewer.locale !== (await chosenLocale())) redirect(`/language/sync?to=${encodeURIComponent(await requestPath())}`);
}

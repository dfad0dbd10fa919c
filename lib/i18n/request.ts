import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getViewer } from "@/lib/auth/viewer";
import { defaultLocale, isLocale, pageTimeZone, localeCookie, localeFromAcceptLanguage, type AppLocale } from "./locales";
import { loadMessages } from "./messages";

// Language: the member's saved preference, else a choice made on this device, else the browser.
export async function resolveLocale(): Promise<AppLocale> {
  const viewer = await getViewer();
  if (viewer?.locale) return viewer.locale;
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: pageTimeZone };
});

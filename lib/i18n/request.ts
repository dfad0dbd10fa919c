import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";
import { chosenLocale } from "./locale-cookie";
import { defaultLocale, pageTimeZone, localeFromAcceptLanguage, type AppLocale } from "./locales";
import { loadMessages } from "./messages";

// Language: the cookie (a choice made on this device, or the member's saved preference kept
// in step by lib/i18n/locale-cookie.ts), else the browser. Never the viewer: the start page
// reads the viewer in its own statement (decision 031).
export async function resolveLocale(): Promise<AppLocale> {
  return (await chosenLocale()) ?? localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: pageTimeZone };
});

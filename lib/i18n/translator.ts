import { createFormatter, createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/generated/prisma/client";
import { defaultLocale, isLocale, type AppLocale } from "./locales";
import { loadMessages, type namespaces } from "./messages";

// Translations outside a request (e-mails written by jobs, calendar files): the
// recipient's language, not the caller's.
export async function translatorFor<N extends (typeof namespaces)[number]>(locale: Locale | string | null | undefined, namespace: N) {
  const chosen: AppLocale = isLocale(locale) ? locale : defaultLocale;
  const messages = await loadMessages(chosen);
  return {
    locale: chosen,
    t: createTranslator({ locale: chosen, messages, namespace: namespace as never }) as unknown as (key: string, values?: Record<string, string | number>) => string,
    format: createFormatter({ locale: chosen, timeZone: "UTC" }),
  };
}

// Date and time of an instant as shown in a zone, in the given language.
export function formatInZone(instant: Date, timeZone: string, locale: AppLocale) {
  return {
    date: new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(instant),
    time: new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" }).format(instant),
  };
}

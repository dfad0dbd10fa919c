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
    t: createTranslator({ locale: chosen, messages, namespace }),
    format: createFormatter({ locale: chosen, timeZone: "UTC" }),
  };
}

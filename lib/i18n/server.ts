import { cache } from "react";
import { getLocale, type getFormatter as nextIntlGetFormatter, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { createFormatter, createTranslator } from "use-intl/core";
import { intlFormatters, keptTranslator } from "./kept";
import { pageTimeZone as timeZone } from "./locales";
import { loadMessages } from "./messages";

export { getLocale, getMessages } from "next-intl/server";

// Server components, actions and route handlers translate and format through here (the
// request's language, as next-intl's request config resolves it), not through
// next-intl/server's getTranslations/getFormatter, with the formatters and messages kept
// for the process' life (./kept.ts, decisions 025, 027, 032). Same signature as
// next-intl's, so every call site and its key checks stay as they were.
export const getTranslations = cache(async (namespace?: string) => {
  const locale = await getLocale();
  return keptTranslator(createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never, timeZone, _formatters: intlFormatters }), locale, namespace);
}) as unknown as typeof nextIntlGetTranslations;

export const getFormatter = cache(async () => {
  const locale = await getLocale();
  return createFormatter({ locale, timeZone, now: new Date(), _formatters: intlFormatters });
}) as unknown as typeof nextIntlGetFormatter;

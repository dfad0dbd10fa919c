import { cache } from "react";
import { getLocale, type getFormatter as nextIntlGetFormatter, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "use-intl/core";
import { pageTimeZone as timeZone, type AppLocale } from "./locales";
import { loadMessages } from "./messages";

export { getLocale, getMessages } from "next-intl/server";

// Server components, actions and route handlers translate and format through here (the
// request's language, as next-intl's request config resolves it), not through
// next-intl/server's getTranslations/getFormatter: those build their formatters once per
// *request*, so every request parsed each ICU message again and made new Intl.DateTimeFormat
// objects, ~10 % of a page's server CPU (issue 10, decision 025). Parsed messages and Intl
// formatters are immutable, so here they are kept once per language for the process' life
// (bounded: the build's messages × the few date and number formats the app uses).
const formatters = new Map<AppLocale, ReturnType<typeof _createIntlFormatters>>();

function formattersOf(locale: AppLocale) {
  let kept = formatters.get(locale);
  if (!kept) {
    kept = _createIntlFormatters(_createCache());
    formatters.set(locale, kept);
  }
  return kept;
}

// Same signature as next-intl's, so every call site and its key checks stay as they were.
export const getTranslations = cache(async (namespace?: string) => {
  const locale = await getLocale();
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never, timeZone, _formatters: formattersOf(locale) });
}) as unknown as typeof nextIntlGetTranslations;

export const getFormatter = cache(async () => {
  const locale = await getLocale();
  return createFormatter({ locale, timeZone, now: new Date(), _formatters: formattersOf(locale) });
}) as unknown as typeof nextIntlGetFormatter;

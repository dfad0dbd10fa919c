import { IntlMessageFormat } from "intl-messageformat";
import { cache } from "react";
import { getLocale, type getFormatter as nextIntlGetFormatter, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "use-intl/core";
import { dateTimeFormat, formatKey } from "@/lib/dates";
import { pageTimeZone as timeZone } from "./locales";
import { loadMessages } from "./messages";

export { getLocale, getMessages } from "next-intl/server";

// Server components, actions and route handlers translate and format through here (the
// request's language, as next-intl's request config resolves it), not through
// next-intl/server's getTranslations/getFormatter: those build their formatters once per
// *request*, so every request parsed each ICU message again and made new Intl.DateTimeFormat
// objects, ~10 % of a page's server CPU (issue 10, decision 025). Parsed messages and Intl
// formatters are immutable, so here they are kept once per language for the process' life
// (bounded: the build's messages × the few date and number formats the app uses).
type IntlFormatters = ReturnType<typeof _createIntlFormatters>;

// use-intl's own memo keys each format by JSON.stringify(arguments), for every date, number
// and plural a page shows (3 % of the follow-up dashboard's server CPU): the formats asked
// for most are kept here by formatKey() instead, dates with lib/dates' one list.
function keptBy<T>(make: (locale: string, options?: object) => T) {
  const kept = new Map<string, T>();
  return (locale: string, options: object = {}): T => {
    const key = formatKey(locale, options);
    let format = kept.get(key);
    if (!format) {
      format = make(locale, options);
      kept.set(key, format);
    }
    return format;
  };
}

// A message with arguments ("Due {date}") is compiled once per language and text. use-intl
// looks for `getMessageFormat` on the formatters and, when absent, memoizes its own keyed by
// JSON.stringify of the text, the language and every date/number format it knows (~1 kB
// per translated message, on every request). Its other arguments (formats, time zone) are
// the same on every call here: no app-level formats, one time zone (pageTimeZone).
type Formatters = NonNullable<Parameters<typeof createTranslator>[0]["_formatters"]>;
const messageFormats = new Map<string, IntlMessageFormat>();

const getMessageFormat: NonNullable<Formatters["getMessageFormat"]> = (message, locale, formats, options) => {
  // Our messages are strings (none precompiled): a text is its own key.
  const key = `${String(locale)}\u0000${String(message)}`;
  let kept = messageFormats.get(key);
  if (!kept) {
    kept = new IntlMessageFormat(message, locale, formats, options);
    messageFormats.set(key, kept);
  }
  return kept;
};

const intlFormatters: Formatters = {
  ..._createIntlFormatters(_createCache()),
  getDateTimeFormat: (locale, options) => dateTimeFormat(locale as string, options),
  getNumberFormat: keptBy((locale, options) => new Intl.NumberFormat(locale, options)) as IntlFormatters["getNumberFormat"],
  getPluralRules: keptBy((locale, options) => new Intl.PluralRules(locale, options)) as IntlFormatters["getPluralRules"],
  getMessageFormat,
};

// Same signature as next-intl's, so every call site and its key checks stay as they were.
export const getTranslations = cache(async (namespace?: string) => {
  const locale = await getLocale();
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never, timeZone, _formatters: intlFormatters });
}) as unknown as typeof nextIntlGetTranslations;

export const getFormatter = cache(async () => {
  const locale = await getLocale();
  return createFormatter({ locale, timeZone, now: new Date(), _formatters: intlFormatters });
}) as unknown as typeof nextIntlGetFormatter;

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
type Formatters = NonNullable<Parameters<typeof createTranslator>[0]["_formatters"]>;
type IntlFormatters = ReturnType<typeof _createIntlFormatters>;

// Made once per key, for the process' life.
function keptBy<A extends unknown[], T>(keyOf: (...args: A) => string, make: (...args: A) => T): (...args: A) => T {
  const kept = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let value = kept.get(key);
    if (!value) {
      value = make(...args);
      kept.set(key, value);
    }
    return value;
  };
}

// use-intl memoizes each date, number and plural format by JSON.stringify(arguments), and
// each message with arguments ("Due {date}") by JSON.stringify of its text, the language and
// every date/number format it knows (~1 kB per translated message, on every request): 3.9 %
// of the follow-up dashboard's server CPU (decision 027). Here formats are kept by
// formatKey() (dates in lib/dates' one list) and a message is compiled once per language and
// text: use-intl uses `getMessageFormat` when the formatters have one. A message's other
// arguments (formats, time zone) are the same on every call here: no app-level formats, one
// time zone (pageTimeZone). Our messages are strings, none precompiled.
const intlFormatters: Formatters = {
  ..._createIntlFormatters(_createCache()),
  getDateTimeFormat: (locale, options) => dateTimeFormat(locale as string, options),
  getNumberFormat: keptBy((locale: string, options: object = {}) => formatKey(locale, options), (locale, options) => new Intl.NumberFormat(locale, options)) as IntlFormatters["getNumberFormat"],
  getPluralRules: keptBy((locale: string, options: object = {}) => formatKey(locale, options), (locale, options) => new Intl.PluralRules(locale, options)) as IntlFormatters["getPluralRules"],
  getMessageFormat: keptBy(
    (...[message, locale]: Parameters<NonNullable<Formatters["getMessageFormat"]>>) => `${String(locale)}\u0000${String(message)}`,
    (message, locale, formats, options) => new IntlMessageFormat(message, locale, formats, options),
  ),
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

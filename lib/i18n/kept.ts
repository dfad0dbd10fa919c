import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { dateTimeFormat, formatKey } from "@/lib/dates";
import { pageTimeZone as timeZone } from "./locales";

// What lib/i18n/server.ts translates and formats with. next-intl/server's getTranslations
// and getFormatter build their formatters once per *request*, so every request parsed each
// ICU message again and made new Intl.DateTimeFormat objects, ~10 % of a page's server CPU
// (issue 10, decision 025). Parsed messages and Intl formatters are immutable, so here they
// are kept once per language for the process' life (bounded: the build's messages × the few
// date and number formats the app uses).
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
export const intlFormatters: Formatters = {
  ..._createIntlFormatters(_createCache()),
  getDateTimeFormat: (locale, options) => dateTimeFormat(locale as string, options),
  getNumberFormat: keptBy((locale: string, options: object = {}) => formatKey(locale, options), (locale, options) => new Intl.NumberFormat(locale, options)) as IntlFormatters["getNumberFormat"],
  getPluralRules: keptBy((locale: string, options: object = {}) => formatKey(locale, options), (locale, options) => new Intl.PluralRules(locale, options)) as IntlFormatters["getPluralRules"],
  getMessageFormat: keptBy(
    (...[message, locale]: Parameters<NonNullable<Formatters["getMessageFormat"]>>) => `${String(locale)}\u0000${String(message)}`,
    (message, locale, formats, options) => new IntlMessageFormat(message, locale, formats, options),
  ),
};

// What use-intl hands IntlMessageFormat on every call with values (its
// convertFormatsToIntlMessageFormat with our one time zone, and the formatters with that
// zone as default): made once here, as they never change.
const messageFormats = {
  date: Object.fromEntries(Object.entries(IntlMessageFormat.formats.date).map(([name, format]) => [name, { timeZone, ...format }])),
  time: Object.fromEntries(Object.entries(IntlMessageFormat.formats.time).map(([name, format]) => [name, { timeZone, ...format }])),
  number: {},
};
const messageFormatters = {
  ...intlFormatters,
  getDateTimeFormat: (locale: Parameters<Formatters["getDateTimeFormat"]>[0], options?: Intl.DateTimeFormatOptions) => intlFormatters.getDateTimeFormat(locale, { ...options, timeZone: options?.timeZone ?? timeZone }),
};
type Values = Record<string, unknown>;
// Any of use-intl's translators (their keys typed by namespace), and the same called loosely.
type Translator = ((key: never, values?: never, formats?: never) => string) & { rich: unknown; markup: unknown; raw: (key: never) => unknown; has: (key: never) => boolean };
type Translate = (key: string, values?: Values, formats?: unknown) => string;

// Per language, namespace and key of an existing message (or group): the message as use-intl
// finds it (`raw`; undefined for a group), and its text once asked for without values. A key
// that does not exist is not kept, so the map stays bounded by the build's messages whatever
// key a caller builds.
const keptMessages = new Map<string, { message: string | undefined; text?: string }>();

// use-intl's translator finds the message by walking its key and, for a message with values,
// rebuilds the formats it hands IntlMessageFormat, on every call: a page's hundred or so
// calls were ~5 % of its server CPU (issue 10, decision 032). Here a message without values
// is kept as its text, and one with plain values (strings, numbers, dates) is formatted by
// its compiled IntlMessageFormat directly. Anything else (rich text, inline formats, a
// missing message, a formatting error) goes through use-intl as before.
export function keptTranslator<T extends Translator>(translator: T, locale: string, namespace: string | undefined): T {
  const translate = translator as unknown as Translate;
  const keptOf = (key: string) => {
    const id = `${locale}\u0000${namespace ?? ""}\u0000${key}`;
    let kept = keptMessages.get(id);
    if (!kept && translator.has(key as never)) {
      const raw = translator.raw(key as never);
      kept = { message: typeof raw === "string" ? raw : undefined };
      keptMessages.set(id, kept);
    }
    return kept;
  };
  const t = (key: string, values?: Values, formats?: unknown) => {
    if (formats !== undefined) return translate(key, values, formats);
    const kept = keptOf(key);
    if (kept === undefined) return translate(key, values);
    if (values === undefined) return (kept.text ??= translate(key));
    if (kept.message === undefined || Object.values(values).some((value) => typeof value === "function")) return translate(key, values);
    try {
      const formatted = intlFormatters.getMessageFormat!(kept.message, locale, messageFormats, { formatters: messageFormatters }).format(values as never);
      return typeof formatted === "string" ? formatted : String(formatted);
    } catch {
      return translate(key, values);
    }
  };
  return Object.assign(t, { rich: translator.rich, markup: translator.markup, raw: translator.raw, has: translator.has }) as unknown as T;
}

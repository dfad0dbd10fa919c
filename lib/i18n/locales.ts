export const locales = ["en", "nl"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "en";

// The time zone of times on pages whose call names none (a dinner names its programme's).
export const pageTimeZone = "Europe/Amsterdam";
export const localeCookie = "allies-locale";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// Picks the first supported language from an Accept-Language header ("nl-NL,nl;q=0.9,en;q=0.8").
export function localeFromAcceptLanguage(header: string | null): AppLocale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale);
}

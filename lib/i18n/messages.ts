import type { AppLocale } from "./locales";

// One JSON file per area and language, so areas can grow independently.
export const namespaces = ["common", "errors", "overview", "signin", "dinners", "calendar", "polls", "reminders", "followUp", "myActions", "members", "admin", "account", "invitations", "audit", "actions", "topics", "agenda"] as const;

export async function loadMessages(locale: AppLocale) {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Record<(typeof namespaces)[number], Record<string, unknown>>;
}

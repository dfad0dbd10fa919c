import type { AppLocale } from "./locales";

// One JSON file per area and language, so areas can grow independently.
export const namespaces = ["common", "errors", "overview", "signin", "dinners", "calendar", "polls", "settings", "followUp", "myActions", "members", "admin", "account", "invitations", "audit", "actions", "topics", "agenda", "emails", "signals", "trust", "council", "regional", "incidents", "plan", "readiness", "privacy"] as const;

export type Namespace = (typeof namespaces)[number];

// The English file of each area types the message keys (see app-config.d.ts), so a mistyped
// key fails the type check. Indexing by the list above makes a listed area without its line here fail too.
type EnglishFiles = {
  common: typeof import("./messages/en/common.json");
  errors: typeof import("./messages/en/errors.json");
  overview: typeof import("./messages/en/overview.json");
  signin: typeof import("./messages/en/signin.json");
  dinners: typeof import("./messages/en/dinners.json");
  calendar: typeof import("./messages/en/calendar.json");
  polls: typeof import("./messages/en/polls.json");
  settings: typeof import("./messages/en/settings.json");
  followUp: typeof import("./messages/en/followUp.json");
  myActions: typeof import("./messages/en/myActions.json");
  members: typeof import("./messages/en/members.json");
  admin: typeof import("./messages/en/admin.json");
  account: typeof import("./messages/en/account.json");
  invitations: typeof import("./messages/en/invitations.json");
  audit: typeof import("./messages/en/audit.json");
  actions: typeof import("./messages/en/actions.json");
  topics: typeof import("./messages/en/topics.json");
  agenda: typeof import("./messages/en/agenda.json");
  emails: typeof import("./messages/en/emails.json");
  plan: typeof import("./messages/en/plan.json");
  readiness: typeof import("./messages/en/readiness.json");
  privacy: typeof import("./messages/en/privacy.json");
  incidents: typeof import("./messages/en/incidents.json");
  signals: typeof import("./messages/en/signals.json");
  trust: typeof import("./messages/en/trust.json");
  council: typeof import("./messages/en/council.json");
  regional: typeof import("./messages/en/regional.json");
};
export type Messages = { [N in Namespace]: EnglishFiles[N] };

// Once per language for the process' life: they are part of the build, and every request
// asks for them (the request config), which cost ~3 % of a page's server time (issue 10).
const loaded = new Map<AppLocale, Promise<Messages>>();

export function loadMessages(locale: AppLocale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const)).then(
      (entries) => Object.fromEntries(entries) as Messages,
      (error: unknown) => {
        loaded.delete(locale);
        throw error;
      },
    );
    loaded.set(locale, messages);
  }
  return messages;
}

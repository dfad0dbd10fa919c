import type { AppLocale } from "./locales";
import type { Messages } from "./messages";

// next-intl checks every key and locale against these: t("agenda.titel") fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}

import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { AppLocale } from "@/lib/i18n/locales";

export async function setPreferredLanguage(viewer: Viewer, locale: AppLocale) {
  await db.person.update({ where: { id: viewer.personId }, data: { locale } });
}

import type { AppLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { EmailBlock } from "./blocks";
import { formatCalendarDay, formatDinnerTime } from "./format-dates";
import { renderEmailHtml } from "./render-html";
import { renderEmailText } from "./render-text";

export type RenderedEmail = { subject: string; text: string; html: string };

// The recipient's saved language; unknown or unset falls back to the default.
export type EmailLocale = AppLocale | string | null | undefined;

export type EmailTools = {
  locale: AppLocale;
  t: Awaited<ReturnType<typeof translatorFor<"emails">>>["t"];
  dinnerTime: (startsAt: Date, timeZone: string) => { date: string; time: string; when: string };
  calendarDay: (day: Date) => string;
};

// Every e-mail is written through here: texts from the "emails" messages in the
// recipient's language, dates in the one format, and the plain text and HTML rendered
// from the same blocks.
export async function composeEmail(locale: EmailLocale, write: (tools: EmailTools) => { subject: string; blocks: EmailBlock[] }): Promise<RenderedEmail> {
  const { t, locale: chosen } = await translatorFor(locale, "emails");
  const { subject, blocks } = write({
    locale: chosen,
    t,
    dinnerTime: (startsAt, timeZone) => formatDinnerTime(startsAt, timeZone, chosen),
    calendarDay: (day) => formatCalendarDay(day, chosen),
  });
  return { subject, text: renderEmailText(blocks), html: renderEmailHtml(chosen, subject, blocks) };
}

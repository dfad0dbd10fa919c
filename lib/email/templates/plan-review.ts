import { links, paragraph } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function planReviewEmail(data: { name: string; programme: string; lastSaved: Date; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t, calendarDay }) => ({
    subject: t("planReview.subject", { programme: data.programme }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("planReview.intro", { programme: data.programme, date: calendarDay(data.lastSaved) })),
      paragraph(t("planReview.prompt")),
      links({ label: t("planReview.link"), url: data.link }),
    ],
  }));
}

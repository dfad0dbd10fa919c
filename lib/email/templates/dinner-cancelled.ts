import { links, paragraph } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function dinnerCancelledEmail(
  data: { name: string; programme: string; startsAt: Date; timeZone: string; venueName: string; venueAddress: string; link: string },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t, dinnerTime }) => {
    const { date, when } = dinnerTime(data.startsAt, data.timeZone);
    return {
      subject: t("dinnerCancelled.subject", { programme: data.programme, date }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        paragraph(t("dinnerCancelled.body", { programme: data.programme, when, venue: `${data.venueName}, ${data.venueAddress}` })),
        links({ label: t("dinnerCancelled.link"), url: data.link }),
      ],
    };
  });
}

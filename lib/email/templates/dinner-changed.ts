import { facts, links, paragraph } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function dinnerChangedEmail(
  data: { name: string; programme: string; startsAt: Date; timeZone: string; venueName: string; venueAddress: string; mapUrl: string; link: string },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t, dinnerTime }) => {
    const { date, when } = dinnerTime(data.startsAt, data.timeZone);
    return {
      subject: t("dinnerChanged.subject", { programme: data.programme, date }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        paragraph(t("dinnerChanged.intro", { programme: data.programme })),
        facts({ label: t("facts.when"), value: when }, { label: t("facts.where"), value: `${data.venueName}, ${data.venueAddress}` }),
        links({ label: t("facts.map"), url: data.mapUrl }),
        paragraph(t("dinnerChanged.prompt")),
        links({ label: t("dinnerChanged.link"), url: data.link }),
      ],
    };
  });
}

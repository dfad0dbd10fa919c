import { facts, links, paragraph } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

// A date poll was decided: the dinner now exists.
export function dinnerPlannedEmail(
  data: { name: string; programme: string; startsAt: Date; timeZone: string; venueName: string; venueAddress: string; link: string },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t, dinnerTime }) => {
    const { date, when } = dinnerTime(data.startsAt, data.timeZone);
    return {
      subject: t("dinnerPlanned.subject", { date }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        paragraph(t("dinnerPlanned.intro", { programme: data.programme })),
        facts({ label: t("facts.when"), value: when }, { label: t("facts.where"), value: `${data.venueName}, ${data.venueAddress}` }),
        paragraph(t("dinnerPlanned.prompt")),
        links({ label: t("dinnerPlanned.link"), url: data.link }),
      ],
    };
  });
}

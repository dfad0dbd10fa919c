import { facts, links, paragraph } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function dinnerChangedEmail(
  data: {
    name: string;
    programme: string;
    startsAt: Date;
    timeZone: string;
    venueName: string;
    venueAddress: string;
    mapUrl: string;
    link: string;
    // Before the change: the e-mail says what changed from what.
    previous?: { startsAt: Date; venueName: string; venueAddress: string };
  },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t, dinnerTime }) => {
    const { date, when } = dinnerTime(data.startsAt, data.timeZone);
    const before = data.previous;
    const where = `${data.venueName}, ${data.venueAddress}`;
    const wasWhere = before && `${before.venueName}, ${before.venueAddress}`;
    const wasWhen = before && dinnerTime(before.startsAt, data.timeZone).when;
    const changes = [
      ...(wasWhen && wasWhen !== when ? [{ label: t("dinnerChanged.whenChanged"), value: t("dinnerChanged.fromTo", { from: wasWhen, to: when }) }] : []),
      ...(wasWhere && wasWhere !== where ? [{ label: t("dinnerChanged.whereChanged"), value: t("dinnerChanged.fromTo", { from: wasWhere, to: where }) }] : []),
    ];
    return {
      subject: t("dinnerChanged.subject", { programme: data.programme, date }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        ...(changes.length > 0 ? [paragraph(t("dinnerChanged.whatChanged")), facts(...changes)] : []),
        paragraph(t("dinnerChanged.intro", { programme: data.programme })),
        facts({ label: t("facts.when"), value: when }, { label: t("facts.where"), value: where }),
        links({ label: t("facts.map"), url: data.mapUrl }),
        paragraph(t("dinnerChanged.prompt")),
        links({ label: t("dinnerChanged.link"), url: data.link }),
      ],
    };
  });
}

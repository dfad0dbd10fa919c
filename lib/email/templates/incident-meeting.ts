import { facts, links, paragraph } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

// An extra meeting in an incident: at a set time (with the calendar file), or a short poll
// to answer before its deadline.
export function incidentMeetingEmail(
  data: { name: string; programme: string; place: string; startsAt: Date | null; pollClosesAt: Date | null; timeZone: string; link: string; calendarLink: string | null },
  locale: EmailLocale,
) {
  return composeEmail(locale, ({ t, dinnerTime }) => {
    const when = data.startsAt ? dinnerTime(data.startsAt, data.timeZone).when : null;
    const deadline = data.pollClosesAt ? dinnerTime(data.pollClosesAt, data.timeZone).when : null;
    return {
      subject: when ? t("incidentMeeting.subject", { programme: data.programme, when }) : t("incidentMeeting.pollSubject", { programme: data.programme }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        paragraph(t("incidentMeeting.intro", { programme: data.programme })),
        facts(when ? { label: t("facts.when"), value: when } : null, { label: t("facts.where"), value: data.place }, deadline && !when ? { label: t("incidentMeeting.deadline"), value: deadline } : null),
        paragraph(when ? t("incidentMeeting.answer") : t("incidentMeeting.vote")),
        links({ label: when ? t("incidentMeeting.link") : t("incidentMeeting.voteLink"), url: data.link }, ...(data.calendarLink ? [{ label: t("incidentMeeting.calendar"), url: data.calendarLink }] : [])),
        paragraph(t("incidentMeeting.notADinner")),
      ],
    };
  });
}

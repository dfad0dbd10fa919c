import type { RsvpResponse } from "@/lib/generated/prisma/enums";
import { facts, links, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export type DinnerReminderData = {
  name: string;
  programme: string;
  startsAt: Date;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  guestNotes: string | null;
  answer: RsvpResponse | null;
  // The answer link (/answer/<token>, issue 14); each answer adds ?answer=… to it.
  link: string;
};

export function dinnerReminderEmail(data: DinnerReminderData, locale: EmailLocale) {
  return composeEmail(locale, ({ t, dinnerTime }) => {
    const { date, when } = dinnerTime(data.startsAt, data.timeZone);
    const answers: RsvpResponse[] = ["YES", "MAYBE", "NO"];
    return {
      subject: t("dinnerReminder.subject", { date }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        paragraph(t("dinnerReminder.intro", { programme: data.programme })),
        facts(
          { label: t("facts.when"), value: when },
          { label: t("facts.where"), value: `${data.venueName}, ${data.venueAddress}` },
          data.guestNotes ? { label: t("facts.notes"), value: data.guestNotes } : null,
          { label: t("facts.yourAnswer"), value: t(`answers.${data.answer ?? "none"}`) },
        ),
        paragraph(t("dinnerReminder.answerPrompt")),
        links(...answers.map((answer) => ({ label: t(`answers.${answer}`), url: `${data.link}?answer=${answer}` }))),
        smallPrint(t("dinnerReminder.footer", { programme: data.programme })),
      ],
    };
  });
}

import { links, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

const scale = [1, 2, 3, 4, 5] as const;

// The pulse between dinners: one question, the five steps as one-tap links. A link opens a
// page with that step chosen; nothing is counted until the member presses the button
// there, so a mail scanner that follows links counts nothing.
export function pulseQuestionEmail(data: { name: string; programme: string; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t }) => ({
    subject: t("pulse.subject", { programme: data.programme }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("pulse.question", { programme: data.programme })),
      links(...scale.map((n) => ({ label: t(`pulse.level${n}`), url: `${data.link}?level=${n}` }))),
      smallPrint(t("pulse.anonymous")),
    ],
  }));
}

import { links, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

const scale = [1, 2, 3, 4, 5] as const;

// After a dinner: the three trust statements, the first answerable with one tap (the link
// opens the page with that answer chosen; nothing is recorded until the member presses the
// button there, so a mail scanner following the links records nothing).
export function trustCheckEmail(data: { name: string; programme: string; startsAt: Date; timeZone: string; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t, dinnerTime }) => ({
    subject: t("trustCheck.subject", { programme: data.programme }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("trustCheck.intro", { programme: data.programme, date: dinnerTime(data.startsAt, data.timeZone).date })),
      paragraph(t("trustCheck.keepsPromises")),
      links(...scale.map((n) => ({ label: t(`trustCheck.scale${n}`), url: `${data.link}?keepsPromises=${n}` }))),
      paragraph(t("trustCheck.more")),
      links({ label: t("trustCheck.link"), url: data.link }),
      smallPrint(t("trustCheck.anonymous")),
    ],
  }));
}

import { links, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

// To coordinators and police liaisons, once per rise of the tension level (never per
// signal). No signal text: the picture behind the link shows what each reader may see.
export function tensionAlertEmail(data: { name: string; programme: string; level: number; previousLevel: number; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t }) => {
    const level = (n: number) => t(`tensionAlert.level${Math.min(5, Math.max(1, n)) as 1 | 2 | 3 | 4 | 5}`);
    return {
      subject: t("tensionAlert.subject", { programme: data.programme, level: level(data.level) }),
      blocks: [
        paragraph(t("greeting", { name: data.name })),
        paragraph(t("tensionAlert.intro", { programme: data.programme, level: level(data.level), previous: level(data.previousLevel) })),
        paragraph(t("tensionAlert.prompt")),
        links({ label: t("tensionAlert.link"), url: data.link }),
        smallPrint(t("tensionAlert.why")),
      ],
    };
  });
}

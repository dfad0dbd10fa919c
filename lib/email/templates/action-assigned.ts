import { links, paragraph, quote } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function actionAssignedEmail(data: { name: string; programme: string; title: string; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t }) => ({
    subject: t("actionAssigned.subject", { title: data.title }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("actionAssigned.intro", { programme: data.programme })),
      quote(data.title),
      paragraph(t("actionAssigned.prompt")),
      links({ label: t("actionAssigned.link"), url: data.link }),
      paragraph(t("actionAssigned.thanks")),
    ],
  }));
}

import { links, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function signInLinkEmail(data: { name: string; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t }) => ({
    subject: t("signIn.subject"),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("signIn.intro")),
      links({ label: t("signIn.link"), url: data.link }),
      smallPrint(t("signIn.ignore")),
    ],
  }));
}

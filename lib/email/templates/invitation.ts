import { links, paragraph, smallPrint } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

export function invitationEmail(data: { name: string; programme: string; inviter: string; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t }) => ({
    subject: t("invitation.subject", { programme: data.programme }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("invitation.intro", { inviter: data.inviter, programme: data.programme })),
      paragraph(t("invitation.howTo")),
      links({ label: t("invitation.link"), url: data.link }),
      smallPrint(t("invitation.ignore")),
    ],
  }));
}

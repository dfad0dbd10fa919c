import { links, paragraph, quote } from "./blocks";
import { composeEmail, type EmailLocale } from "./compose";

// A member proposed an incident: coordinators and police liaisons are asked to confirm it.
export function incidentProposedEmail(data: { name: string; programme: string; whatHappened: string; level: number; link: string }, locale: EmailLocale) {
  return composeEmail(locale, ({ t }) => ({
    subject: t("incidentProposed.subject", { programme: data.programme }),
    blocks: [
      paragraph(t("greeting", { name: data.name })),
      paragraph(t("incidentProposed.intro", { programme: data.programme, level: data.level })),
      quote(data.whatHappened),
      links({ label: t("incidentProposed.link"), url: data.link }),
    ],
  }));
}

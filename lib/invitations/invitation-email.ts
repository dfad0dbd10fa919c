// The invitation e-mail; both languages kept together so they stay in step.
const texts = {
  en: {
    subject: (programme: string) => `You are invited to join ${programme}`,
    body: (name: string, programme: string, inviter: string, link: string) =>
      `Hello ${name},\n\n${inviter} invites you to join ${programme} on Allies: police, municipality and community meeting five times a year over dinner, and following up what they agree.\n\nOpen this link to read what being an ally means and to accept. It works once and expires in 14 days.\n\n${link}\n\nNot expecting this? Then you can ignore this e-mail.`,
  },
  nl: {
    subject: (programme: string) => `Je bent uitgenodigd voor ${programme}`,
    body: (name: string, programme: string, inviter: string, link: string) =>
      `Hallo ${name},\n\n${inviter} nodigt je uit voor ${programme} in Allies: politie, gemeente en gemeenschap komen vijf keer per jaar samen aan tafel en volgen op wat ze afspreken.\n\nOpen deze link om te lezen wat bondgenoot zijn inhoudt en om de uitnodiging aan te nemen. Hij werkt één keer en verloopt na 14 dagen.\n\n${link}\n\nVerwachtte je dit niet? Dan kun je deze e-mail negeren.`,
  },
} as const;

export function invitationEmail(locale: "en" | "nl", input: { name: string; programme: string; inviter: string; link: string }) {
  const t = texts[locale];
  return { subject: t.subject(input.programme), text: t.body(input.name, input.programme, input.inviter, input.link) };
}

// E-mail texts live beside their sender; both languages are kept together so they stay in step.
const texts = {
  en: {
    subject: "Your sign-in link for Allies",
    body: (name: string, link: string) =>
      `Hello ${name},\n\nUse this link to sign in to Allies. It works once and expires in 15 minutes.\n\n${link}\n\nDid not ask for it? Then you can ignore this e-mail.`,
  },
  nl: {
    subject: "Je inloglink voor Allies",
    body: (name: string, link: string) =>
      `Hallo ${name},\n\nMet deze link log je in bij Allies. Hij werkt één keer en verloopt na 15 minuten.\n\n${link}\n\nNiet aangevraagd? Dan kun je deze e-mail negeren.`,
  },
} as const;

export function signInEmail(locale: "en" | "nl", name: string, link: string) {
  const t = texts[locale];
  return { subject: t.subject, text: t.body(name, link) };
}

import { appUrl } from "@/lib/env";
import { defaultLocale } from "@/lib/i18n/locales";

// E-mail texts live beside their sender; both languages are kept together so they stay in step.
const texts = {
  en: {
    subject: (title: string) => `Action assigned to you: ${title}`,
    body: (name: string, title: string, programme: string, link: string) =>
      `Hello ${name},\n\nAn action of ${programme} was assigned to you:\n\n  ${title}\n\nSee the details and post your progress here:\n${link}\n\nThank you for following it up.`,
  },
  nl: {
    subject: (title: string) => `Actie aan jou toegewezen: ${title}`,
    body: (name: string, title: string, programme: string, link: string) =>
      `Hallo ${name},\n\nEr is een actie van ${programme} aan jou toegewezen:\n\n  ${title}\n\nBekijk de details en meld je voortgang hier:\n${link}\n\nDank je wel voor het opvolgen.`,
  },
} as const;

export function actionAssignedEmail(input: {
  actionId: string;
  programmeId: string;
  programmeName: string;
  title: string;
  owner: { membershipId: string; name: string; email: string; locale: "en" | "nl" | null };
}) {
  const t = texts[input.owner.locale ?? defaultLocale];
  const link = `${appUrl()}/programmes/${input.programmeId}/actions/${input.actionId}`;
  return {
    dedupeKey: `action-assigned:${input.actionId}:${input.owner.membershipId}`,
    to: input.owner.email,
    subject: t.subject(input.title),
    text: t.body(input.owner.name, input.title, input.programmeName, link),
  };
}

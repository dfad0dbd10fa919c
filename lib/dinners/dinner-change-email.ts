// E-mail texts live beside their sender; both languages are kept together so they stay in step.
type Details = { name: string; programmeName: string; when: string; venue: string; mapUrl: string; link: string };

const texts = {
  en: {
    changed: {
      subject: (d: Details) => `Dinner changed: ${d.programmeName}, ${d.when}`,
      body: (d: Details) =>
        `Hello ${d.name},\n\nThe dinner of ${d.programmeName} you answered has changed. It is now:\n\nWhen: ${d.when}\nWhere: ${d.venue}\nMap: ${d.mapUrl}\n\nStill coming? Check or change your answer here:\n${d.link}`,
    },
    cancelled: {
      subject: (d: Details) => `Dinner cancelled: ${d.programmeName}, ${d.when}`,
      body: (d: Details) =>
        `Hello ${d.name},\n\nThe dinner of ${d.programmeName} on ${d.when} at ${d.venue} is cancelled. Your coordinator will plan a new date.\n\n${d.link}`,
    },
  },
  nl: {
    changed: {
      subject: (d: Details) => `Diner gewijzigd: ${d.programmeName}, ${d.when}`,
      body: (d: Details) =>
        `Hallo ${d.name},\n\nHet diner van ${d.programmeName} waarop je hebt gereageerd is gewijzigd. Het is nu:\n\nWanneer: ${d.when}\nWaar: ${d.venue}\nKaart: ${d.mapUrl}\n\nKom je nog steeds? Bekijk of wijzig je antwoord hier:\n${d.link}`,
    },
    cancelled: {
      subject: (d: Details) => `Diner afgelast: ${d.programmeName}, ${d.when}`,
      body: (d: Details) =>
        `Hallo ${d.name},\n\nHet diner van ${d.programmeName} op ${d.when} in ${d.venue} gaat niet door. Je coördinator plant een nieuwe datum.\n\n${d.link}`,
    },
  },
} as const;

const dateLocales = { en: "en-GB", nl: "nl-NL" } as const;

export function dinnerChangeEmail(
  locale: "en" | "nl",
  kind: "changed" | "cancelled",
  input: { name: string; programmeName: string; startsAt: Date; timeZone: string; venueName: string; venueAddress: string; mapUrl: string; link: string },
) {
  const when = new Intl.DateTimeFormat(dateLocales[locale], { timeZone: input.timeZone, dateStyle: "full", timeStyle: "short" }).format(input.startsAt);
  const details: Details = { name: input.name, programmeName: input.programmeName, when, venue: `${input.venueName}, ${input.venueAddress}`, mapUrl: input.mapUrl, link: input.link };
  const t = texts[locale][kind];
  return { subject: t.subject(details), text: t.body(details) };
}

import { cache } from "react";
import { getMessages } from "@/lib/i18n/server";

type Texts = Record<string, string>;

// The translated answers a form may show: the shared ones (the "errors" namespace) and,
// for an area, what its own server actions answer with ("answers" in <area>.json, e.g.
// "endBeforeStart" or "itemAdded"). Passed to <Form texts>, so the client needs no i18n runtime.
// Kept per request (React's cache): every form of a page then gets the same object, and the
// page's RSC payload writes it once and refers to it from the other forms (an incident has up
// to eight forms, each ~3 kB of texts).
export const formTexts = cache(async (...areas: string[]): Promise<Readonly<Texts>> => {
  const messages = (await getMessages()) as unknown as Record<string, Texts & { answers?: Texts }>;
  return Object.assign({}, messages.errors, ...areas.map((area) => messages[area]?.answers ?? {}));
});

import { getMessages } from "@/lib/i18n/server";

type Texts = Record<string, string>;

// The translated answers a form may show: the shared ones (the "errors" namespace) and,
// for an area, what its own server actions answer with ("answers" in <area>.json, e.g.
// "endBeforeStart" or "itemAdded"). Passed to <Form texts>, so the client needs no i18n runtime.
export async function formTexts(...areas: string[]): Promise<Texts> {
  const messages = (await getMessages()) as unknown as Record<string, Texts & { answers?: Texts }>;
  return Object.assign({}, messages.errors, ...areas.map((area) => messages[area]?.answers ?? {}));
}

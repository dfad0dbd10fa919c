import type { Metadata } from "next";
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";

// Any key of any area, checked against the English messages ("agenda.title").
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

// A page's title in the member's language, as the page's generateMetadata:
// `export const generateMetadata = pageTitle("agenda.title");`. The root layout adds " · Allies".
// The start page shares the root layout's segment, where Next applies no template: it
// passes `{ ownSegment: true }` to add " · Allies" itself.
export function pageTitle(key: MessageKey, { ownSegment = false } = {}) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations();
    return { title: ownSegment ? { absolute: `${t(key)} · Allies` } : t(key) };
  };
}

import { getTranslations } from "next-intl/server";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import type { DinnerFormLabels } from "./dinner-form";

// Translated texts for the client forms of this area (no i18n runtime on the client).
export async function dinnerFormTexts() {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const labels: DinnerFormLabels = {
    startsAt: t("form.startsAt"),
    startsAtHint: t("form.startsAtHint"),
    endsAt: t("form.endsAt"),
    endsAtHint: t("form.endsAtHint"),
    venueKind: t("form.venueKind"),
    venueName: t("form.venueName"),
    venueAddress: t("form.venueAddress"),
    hostParty: t("form.hostParty"),
    hostPartyHint: "",
    noHost: t("form.noHost"),
    capacity: t("form.capacity"),
    guestNotes: t("form.guestNotes"),
    guestNotesHint: t("form.guestNotesHint"),
    submit: t("form.save"),
    newerVersion: t("form.newerVersion"),
  };
  const venueKinds = (["POLICE_STATION", "TOWN_HALL", "COMMUNITY_VENUE", "OTHER"] as const).map((value) => ({ value, label: t(`venueKinds.${value}`) }));
  const parties = (["POLICE", "MUNICIPALITY", "COMMUNITY"] as const).map((value) => ({ value, label: common(`parties.${value}`) }));
  return { labels, venueKinds, parties, errorTexts: await dinnerErrorTexts() };
}

// The shared error texts plus this area's own refusals.
export async function dinnerErrorTexts(): Promise<Record<string, string>> {
  const t = await getTranslations("dinners");
  const keys = ["endBeforeStart", "notPlanned", "confirmCancel", "answersClosed", "notStarted", "dinnerCancelled"] as const;
  return { ...(await getErrorTexts()), ...Object.fromEntries(keys.map((key) => [key, t(`errors.${key}`)])) };
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { CalendarFeed } from "@/components/account/calendar-feed";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getCalendarSettings } from "@/lib/calendar/get-calendar-settings";

export const generateMetadata = pageTitle("calendar.title");

// The person's calendar feed: whether it has a working address, and making a (new) one.
export default async function CalendarSettingsPage() {
  const viewer = await requirePageViewer("/account/calendar");
  const settings = await loadForPage(() => getCalendarSettings(viewer));
  const t = await getTranslations("calendar");

  return (
    <Page title={t("title")} intro={t("intro")}>
      <CalendarFeed expiresAt={settings.expiresAt} />
    </Page>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { AccountDetailsForm } from "@/components/account/account-details-form";
import { CalendarLink } from "@/components/account/calendar-link";
import { PersonalData } from "@/components/account/personal-data";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { Page } from "@/components/page/page";
import { PushNotifications } from "@/components/push/push-notifications";
import { getPushSettings } from "@/lib/push/get-push-settings";
import { getAccount } from "@/lib/account/get-account";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("account.title");

// The person's own account: details, calendar, devices, their data.
export default async function AccountPage() {
  const viewer = await requirePageViewer("/account");
  const [account, push] = await Promise.all([loadForPage(() => getAccount(viewer)), loadForPage(() => getPushSettings(viewer))]);
  const t = await getTranslations("account");

  return (
    <Page title={t("title")} width="narrow">
      <AccountDetailsForm account={account} />
      <CalendarLink />
      <PushNotifications settings={push} />
      <SignOutEverywhere />
      <PersonalData />
    </Page>
  );
}

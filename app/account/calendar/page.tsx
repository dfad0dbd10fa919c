import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SubmitButton } from "@/components/submit-button";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { getCalendarSettings } from "@/lib/calendar/get-calendar-settings";
import { getErrorTexts } from "@/lib/i18n/error-texts";
import { resetCalendarTokenAction } from "./actions";

export const generateMetadata = pageTitle("calendar.title");

export default async function CalendarSettingsPage({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  const path = "/account/calendar";
  const viewer = await requirePageViewer(path);
  const settings = await loadForPage(() => getCalendarSettings(viewer));
  const { reset } = await searchParams;
  const t = await getTranslations("calendar");
  const errorTexts = await getErrorTexts();

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {reset === "1" && (
          <p role="status" className="rounded-lg bg-green-100 p-3 text-green-900">
            {t("resetDone")}
          </p>
        )}
        <p>{t("intro")}</p>
        <section aria-labelledby="feed-url" className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="feed-url" className="text-lg font-semibold">
            {t("feedUrl")}
          </h2>
          <label htmlFor="feed-url-input" className="text-sm text-slate-700">
            {t("copyHint")}
          </label>
          <input
            id="feed-url-input"
            readOnly
            value={settings.feedUrl}
            className="min-h-11 w-full rounded-lg border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm"
          />
          <p>
            <a href={settings.webcalUrl} className="inline-flex min-h-11 items-center font-semibold">
              {t("subscribe")}
            </a>
          </p>
          <p className="text-sm text-slate-700">{t("secret")}</p>
        </section>
        <section aria-labelledby="reset-feed" className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="reset-feed" className="text-lg font-semibold">
            {t("resetTitle")}
          </h2>
          <p className="text-slate-700">{t("resetHint")}</p>
          <ActionForm action={resetCalendarTokenAction} errorTexts={errorTexts}>
            <div>
              <SubmitButton>{t("reset")}</SubmitButton>
            </div>
          </ActionForm>
        </section>
      </main>
    </>
  );
}

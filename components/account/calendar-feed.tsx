import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";
import { CopyButton } from "./copy-button";

// The personal feed address to copy into a calendar app, or to open there directly.
export async function CalendarFeed({ feedUrl, webcalUrl }: { feedUrl: string; webcalUrl: string }) {
  const t = await getTranslations("calendar");
  return (
    <Section id="feed-url" title={t("feedUrl")} card>
      <div className="flex flex-col gap-2">
        <label htmlFor="feed-url-input" className="text-sm text-slate-700">
          {t("copyHint")}
        </label>
        <input id="feed-url-input" readOnly value={feedUrl} className="min-h-11 w-full rounded-lg border border-slate-500 bg-slate-50 px-3 py-2 font-mono text-sm" />
        <CopyButton targetId="feed-url-input" label={t("copy")} copiedLabel={t("copied")} />
      </div>
      <p>
        <a href={webcalUrl} className="inline-flex min-h-11 items-center font-semibold">
          {t("subscribe")}
        </a>
      </p>
      <p className="text-sm text-slate-700">{t("secret")}</p>
    </Section>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import type { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";

type Overview = Awaited<ReturnType<typeof getPrivacyOverview>>;

// The table of personal data, generated from lib/privacy/personal-data.ts: what, why, who
// sees it, how long (the programme's period). On a phone each row reads as a block.
export async function RetentionTable({ overview }: { overview: Overview }) {
  const t = await getTranslations("privacy");
  const howLong = (kind: Overview["kinds"][number]) =>
    kind.retention.kind === "days" && kind.days !== null ? t("retention.days", { days: kind.days, from: t(`from.${kind.retention.from}`) }) : t(`retention.${kind.retention.kind as "account" | "membership" | "programme" | "expiry"}`);
  const label = (text: string) => html`<span class="font-medium md:sr-only">${text}: </span>`;
  // Prepared markup (components/page/markup.ts): some twenty kinds of data, four cells each.
  const rows = html`${overview.kinds.map(
    (kind) =>
      html`<tr class="block border-b border-slate-200 py-2 md:table-row"><th scope="row" class="block p-1 font-semibold break-words md:table-cell md:p-2 md:align-top">${t(`kinds.${kind.key}.what`)}</th><td class="block p-1 break-words md:table-cell md:p-2 md:align-top">${label(t("why"))}${t(`kinds.${kind.key}.why`)}</td><td class="block p-1 md:table-cell md:p-2 md:align-top">${label(t("who"))}${t(`audience.${kind.audience}`)}</td><td class="block p-1 md:table-cell md:p-2 md:align-top" data-kind="${kind.key}">${label(t("howLong"))}${howLong(kind)}</td></tr>`,
  )}`;
  return (
    <Section id="kept" title={t("tableCaption", { programme: overview.programme.name })}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("tableCaption", { programme: overview.programme.name })}</caption>
        <thead className="hidden md:table-header-group">
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2">{t("what")}</th>
            <th scope="col" className="p-2">{t("why")}</th>
            <th scope="col" className="p-2">{t("who")}</th>
            <th scope="col" className="p-2">{t("howLong")}</th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={rows} />
      </table>
    </Section>
  );
}

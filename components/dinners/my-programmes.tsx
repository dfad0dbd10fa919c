import { getTranslations } from "@/lib/i18n/server";
import { html } from "@/components/page/markup";
import { Section } from "@/components/page/section";

// The member's programmes, each with a direct link to its dinners: prepared markup with
// plain links (decision 026).
export async function MyProgrammes({ programmes }: { programmes: { id: string; name: string }[] }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  const items = html`${programmes.map(
    (programme) =>
      html`<li class="flex flex-wrap gap-x-3"><a href="/programmes/${programme.id}" class="inline-flex min-h-11 items-center font-medium">${programme.name}</a><a href="/programmes/${programme.id}/dinners" aria-label="${t("programmeDinners", { name: programme.name })}" class="inline-flex min-h-11 items-center">${common("dinners")}</a></li>`,
  )}`;
  return (
    <Section id="programmes" title={t("yourProgrammes")} card>
      <ul className="flex flex-col gap-1" dangerouslySetInnerHTML={items} />
    </Section>
  );
}

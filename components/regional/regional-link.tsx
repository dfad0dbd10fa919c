import { getTranslations } from "@/lib/i18n/server";
import { LinkButton } from "@/components/page/link-button";
import { Section } from "@/components/page/section";

// On the start page of a regional coordinator: the way to the regional view.
export async function RegionalLink({ count }: { count: number }) {
  if (count === 0) return null;
  const t = await getTranslations("regional");
  return (
    <Section id="regional" title={t("title")} hint={t("linkHint", { count })} card>
      <div>
        <LinkButton href="/regional">{t("open")}</LinkButton>
      </div>
    </Section>
  );
}

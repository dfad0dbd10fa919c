import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";

// What being an ally asks of someone, shown before they accept.
export async function Commitment({ dinnersPerYear }: { dinnersPerYear: number }) {
  const t = await getTranslations("invitations");
  return (
    <Section id="commitment" title={t("commitmentTitle")} card>
      <ul className="flex list-disc flex-col gap-2 pl-5">
        <li>{t("commitment.dinners", { count: dinnersPerYear })}</li>
        <li>{t("commitment.followThrough")}</li>
        <li>{t("commitment.contact")}</li>
        <li>{t("commitment.confidentiality")}</li>
      </ul>
    </Section>
  );
}

import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";

// For planners: the dietary needs of those coming, for the kitchen (no names).
export async function DinnerDietary({ needs }: { needs: string[] }) {
  if (needs.length === 0) return null;
  const t = await getTranslations("dinners");
  return (
    <Section id="dietary" title={t("dietaryForKitchen")} card>
      <ul className="list-disc pl-5">
        {needs.map((need, index) => (
          <li key={index} className="break-words">
            {need}
          </li>
        ))}
      </ul>
    </Section>
  );
}

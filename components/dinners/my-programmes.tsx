import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";

// The member's programmes, each with a direct link to its dinners.
export async function MyProgrammes({ programmes }: { programmes: { id: string; name: string }[] }) {
  const t = await getTranslations("dinners");
  const common = await getTranslations("common");
  return (
    <Section id="programmes" title={t("yourProgrammes")} card>
      <ul className="flex flex-col gap-1">
        {programmes.map((programme) => (
          <li key={programme.id} className="flex flex-wrap gap-x-3">
            <Link href={`/programmes/${programme.id}`} className="inline-flex min-h-11 items-center font-medium">
              {programme.name}
            </Link>
            <Link href={`/programmes/${programme.id}/dinners`} aria-label={t("programmeDinners", { name: programme.name })} className="inline-flex min-h-11 items-center">
              {common("dinners")}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

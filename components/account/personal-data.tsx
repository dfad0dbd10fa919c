import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { Section } from "@/components/page/section";

// Everything stored about the person: download it, or erase it.
export async function PersonalData() {
  const t = await getTranslations("account");
  return (
    <Section id="data" title={t("dataTitle")} card>
      <p>
        <a href="/account/export" download>
          {t("export")}
        </a>
      </p>
      <p className="text-sm text-slate-600">{t("exportHint")}</p>
      <p>
        <Link href="/account/erase" className="text-red-800">
          {t("erase")}
        </Link>
      </p>
    </Section>
  );
}

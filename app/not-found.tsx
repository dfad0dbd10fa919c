import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl p-4">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2">{t("notFoundBody")}</p>
      <p className="mt-4">
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}

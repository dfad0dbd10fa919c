import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/pages";
import { AppHeader } from "@/components/app-header";

// The start page: straight into the member's (first) programme.
export default async function HomePage() {
  const viewer = await requirePageViewer("/");
  const first = viewer.memberships[0];
  if (first) redirect(`/programmes/${first.programmeId}`);
  const t = await getTranslations("common");
  return (
    <>
      <AppHeader viewer={viewer} returnTo="/" />
      <main id="main" className="mx-auto max-w-5xl p-4">
        <h1 className="text-2xl font-bold">{t("appName")}</h1>
        <p className="mt-2">{t("noProgrammes")}</p>
      </main>
    </>
  );
}

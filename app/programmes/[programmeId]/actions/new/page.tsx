import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionFieldsForm } from "@/components/actions/action-fields-form";
import { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { logActionAction } from "../actions";

export const generateMetadata = pageTitle("actions.newTitle");

export default async function NewActionPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId } = await params;
  const { dinnerId: rawDinnerId } = await searchParams;
  const dinnerId = typeof rawDinnerId === "string" && rawDinnerId.length <= 64 ? rawDinnerId : undefined;
  const path = `/programmes/${programmeId}/actions/new${dinnerId ? `?dinnerId=${encodeURIComponent(dinnerId)}` : ""}`;
  const viewer = await requirePageViewer(path);
  const options = await loadForPage(() => getActionFormOptions(viewer, programmeId, { dinnerId }));
  const t = await getTranslations("actions");

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={options.selectedDinnerId ? `/programmes/${programmeId}/dinners/${options.selectedDinnerId}/agenda` : `/programmes/${programmeId}/actions`}>
            {options.selectedDinnerId ? t("backToAgenda") : t("backToActions")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-label={t("newTitle")}>
          <ActionFieldsForm programmeId={programmeId} options={options} action={logActionAction} submitLabel={t("create")} />
        </section>
      </main>
    </>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionFieldsForm } from "@/components/actions/action-fields-form";
import { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { editActionAction } from "../../actions";

export const generateMetadata = pageTitle("actions.editTitle");

export default async function EditActionPage({ params }: { params: Promise<{ programmeId: string; actionId: string }> }) {
  const { programmeId, actionId } = await params;
  const path = `/programmes/${programmeId}/actions/${actionId}/edit`;
  const viewer = await requirePageViewer(path);
  const options = await loadForPage(() => getActionFormOptions(viewer, programmeId, { actionId }));
  const t = await getTranslations("actions");

  return (
    <>
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        <p>
          <Link href={`/programmes/${programmeId}/actions/${actionId}`}>{t("backToAction")}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
        <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-label={t("editTitle")}>
          <ActionFieldsForm programmeId={programmeId} options={options} action={editActionAction} submitLabel={t("save")} />
        </section>
      </main>
    </>
  );
}

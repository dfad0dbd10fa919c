import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { AppointCoordinatorForm } from "@/components/admin/appoint-coordinator-form";
import { AppointRegionalForm } from "@/components/admin/appoint-regional-form";
import { CreateProgrammeForm } from "@/components/admin/create-programme-form";
import { ProgrammeList } from "@/components/admin/programme-list";
import { Page } from "@/components/page/page";
import { listProgrammes } from "@/lib/admin/list-programmes";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("admin.title");

// The site admin's page: every programme, a new one, its coordinator.
export default async function AdminProgrammesPage({ searchParams }: { searchParams: Promise<{ form?: string }> }) {
  // Each form opens from its link (docs/conventions.md): the list of every programme stays light.
  const { form } = await searchParams;
  const viewer = await requirePageViewer("/admin/programmes");
  const programmes = await loadForPage(() => listProgrammes(viewer));
  const t = await getTranslations("admin");

  return (
    <Page title={t("title")} intro={t("intro")} width="wide">
      <ProgrammeList programmes={programmes} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <CreateProgrammeForm open={form === "create"} />
        {programmes.length > 0 && <AppointCoordinatorForm programmes={programmes} open={form === "appoint"} />}
        {programmes.length > 0 && <AppointRegionalForm programmes={programmes} open={form === "appoint-regional"} />}
      </div>
    </Page>
  );
}

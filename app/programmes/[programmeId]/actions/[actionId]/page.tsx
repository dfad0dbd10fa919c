import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { ActionDetails } from "@/components/actions/action-details";
import { ActionOwners } from "@/components/actions/action-owners";
import { ActionStatusBadge } from "@/components/actions/action-status-badge";
import { ActionTimeline } from "@/components/actions/action-timeline";
import { ActionUpdateForm } from "@/components/actions/action-update-form";
import { Page } from "@/components/page/page";
import { getAction } from "@/lib/actions/get-action";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("actions.detailPageTitle");

// One action: what was agreed, who owns it, posting progress, and its timeline.
export default async function ActionPage({ params }: { params: Promise<{ programmeId: string; actionId: string }> }) {
  const { programmeId, actionId } = await params;
  const viewer = await requirePageViewer(`/programmes/${programmeId}/actions/${actionId}`);
  const data = await loadForPage(() => getAction(viewer, programmeId, actionId));
  const t = await getTranslations("actions");
  const common = await getTranslations("common");
  const { action } = data;

  return (
    <Page
      title={action.title}
      intro={<ActionStatusBadge status={action.status} label={common(`actionStatus.${action.status}`)} />}
      back={{ href: `/programmes/${programmeId}/actions`, label: t("backToActions") }}
    >
      <ActionDetails programmeId={programmeId} data={data} />
      <ActionOwners owners={action.owners} />
      {data.canUpdate && <ActionUpdateForm programmeId={programmeId} data={data} />}
      <ActionTimeline data={data} />
    </Page>
  );
}

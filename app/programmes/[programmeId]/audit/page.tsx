import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { AuditLog } from "@/components/audit/audit-log";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const generateMetadata = pageTitle("audit.title");

// Who did what in the programme, for coordinators; paged by a cursor in the address.
export default async function AuditPage({ params, searchParams }: { params: Promise<{ programmeId: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { programmeId } = await params;
  const { cursor } = await searchParams;
  const path = `/programmes/${programmeId}/audit`;
  const viewer = await requirePageViewer(path);
  const validCursor = typeof cursor === "string" && cursor.length <= 64 ? cursor : undefined;
  const log = await loadForPage(() => listAuditEvents(viewer, programmeId, validCursor));
  const t = await getTranslations("audit");

  return (
    <Page title={t("title")} intro={t("intro")} width="wide">
      <AuditLog path={path} log={log} cursor={validCursor} />
    </Page>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "@/lib/i18n/server";
import { AuditLog } from "@/components/audit/audit-log";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { parseAuditFilters } from "@/lib/audit/audit-filters";
import { listAuditEvents } from "@/lib/audit/list-audit-events";

export const generateMetadata = pageTitle("audit.title");

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Who did what in the programme, for coordinators: filtered by kind, person and period
// (GET parameters), the changes paged by a cursor in the address, routine events summarised.
export default async function AuditPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const query = await searchParams;
  const path = `/programmes/${programmeId}/audit`;
  const viewer = await requirePageViewer(path);
  const cursor = typeof query.cursor === "string" && query.cursor.length <= 64 ? query.cursor : undefined;
  const filters = parseAuditFilters(query);
  const log = await loadForPage(() => listAuditEvents(viewer, programmeId, cursor, filters));
  const t = await getTranslations("audit");

  return (
    <Page title={t("title")} intro={t("intro")} width="wide">
      <AuditLog path={path} log={log} cursor={cursor} filters={filters} />
    </Page>
  );
}

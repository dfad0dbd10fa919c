import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionFiltersForm } from "@/components/actions/action-filters-form";
import { ActionList } from "@/components/actions/action-list";
import { EmptyState } from "@/components/page/empty-state";
import { LinkButton } from "@/components/page/link-button";
import { Page } from "@/components/page/page";
import { Pager } from "@/components/page/pager";
import { parseActionFilters } from "@/lib/actions/action-filters";
import { listActions, parsePage } from "@/lib/actions/list-actions";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";

export const generateMetadata = pageTitle("actions.title_list");

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The programme's actions (open ones unless filtered otherwise).
export default async function ActionsPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  const path = `/programmes/${programmeId}/actions`;
  const viewer = await requirePageViewer(path);
  const filters = parseActionFilters(await searchParams);
  const page = parsePage((await searchParams).page);
  const data = await loadForPage(() => listActions(viewer, programmeId, filters, undefined, page));
  const t = await getTranslations("actions");

  return (
    <Page title={t("title_list")} width="wide">
      <p className="flex flex-wrap items-center gap-3">
        <Link href={`/programmes/${programmeId}/topics`} className="inline-flex min-h-11 items-center">
          {t("topicsLink")}
        </Link>
        {data.canCreate && <LinkButton href={`${path}/new`}>{t("logAction")}</LinkButton>}
      </p>
      <ActionFiltersForm path={path} data={data} />
      <ActionList
        programmeId={programmeId}
        actions={data.actions}
        total={data.total}
        empty={
          Object.keys(filters).length > 0 ? (
            <EmptyState text={t("emptyFiltered")} next={t("emptyFilteredNext")} action={{ href: `${path}?status=all`, label: t("emptyShowAll") }} />
          ) : (
            <EmptyState text={t("emptyNone")} next={t(data.canCreate ? "emptyNoneNext" : "emptyNoneNextReader")} action={data.canCreate ? { href: `${path}/new`, label: t("logAction") } : undefined} />
          )
        }
      />
      <Pager path={path} query={{ ...filters, page }} page={data.page} pages={data.pages} />
    </Page>
  );
}

import { pageTitle } from "@/lib/i18n/page-title";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { CouncilPeriodForm } from "@/components/council/council-period-form";
import { CouncilReportView } from "@/components/council/council-report-view";
import { Page } from "@/components/page/page";
import { loadForPage, requirePageViewer } from "@/lib/auth/pages";
import { councilPeriodQuery } from "@/lib/council/council-period-input";
import { getCouncilReport } from "@/lib/council/get-council-report";

export const generateMetadata = pageTitle("council.title");

type Props = { params: Promise<{ programmeId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The report for the city council and the mayor: a chosen period (default last calendar
// year), figures only, printable, and the same as a PDF.
export default async function CouncilReportPage({ params, searchParams }: Props) {
  const { programmeId } = await params;
  // A period the rules refuse (a year typed as 9999) shows the default period, as any other
  // odd value does; the PDF route answers it 400.
  const query = councilPeriodQuery.safeParse(await searchParams);
  const { from, to } = query.success ? query.data : { from: null, to: null };
  const path = `/programmes/${programmeId}/council-report`;
  const viewer = await requirePageViewer(from && to ? `${path}?from=${from}&to=${to}` : path);
  const report = await loadForPage(() => getCouncilReport(viewer, programmeId, { from, to }));
  const t = await getTranslations("council");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <Page
      title={t("heading", { programme: report.programme.name })}
      intro={t("intro", { neighbourhood: report.programme.neighbourhood, municipality: report.programme.municipality, from: day(report.period.from), to: day(report.period.to) })}
      width="wide"
    >
      <CouncilPeriodForm path={path} from={report.period.from} to={report.period.to} />
      <CouncilReportView report={report} />
    </Page>
  );
}

import { getLocale } from "@/lib/i18n/server";
import { councilPeriodQuery } from "@/lib/council/council-period-input";
import { getCouncilReport } from "@/lib/council/get-council-report";
import { renderCouncilPdf } from "@/lib/council/render-council-pdf";
import { form, id } from "@/lib/forms/fields";
import { routeHandler } from "@/lib/http/route-handler";

// The council report as a PDF download: same access and period as the page, in the
// caller's language.
export const GET = routeHandler({ viewer: "required", params: form({ programmeId: id }), query: councilPeriodQuery }, async ({ viewer, params, query }) => {
  const report = await getCouncilReport(viewer, params.programmeId, query);
  const locale = await getLocale();
  const pdf = await renderCouncilPdf(report, locale);
  const name = locale === "nl" ? "raadsrapportage" : "council-report";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}-${report.period.from}-${report.period.to}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

import { dateTimeFormat } from "@/lib/dates";
import PDFDocument from "pdfkit";
import { translatorFor } from "@/lib/i18n/translator";
import { trustParties, trustStatements, trustThreshold } from "@/lib/trust/statements";
import type { CouncilReport } from "./get-council-report";

type Cell = string | number;
const colors = { overall: "#0f172a", POLICE: "#1d4ed8", MUNICIPALITY: "#b45309", COMMUNITY: "#15803d" } as const;

// The council report as a PDF, made on the server with pdfkit and its built-in Helvetica
// (nothing is downloaded; docs/decisions). The same figures as the page, with the trust
// chart drawn as vector lines, in the chosen language. Returns the file's bytes.
export async function renderCouncilPdf(report: CouncilReport, locale: string, now = new Date()): Promise<Buffer> {
  const { t, locale: chosen } = await translatorFor(locale, "council");
  const { t: common } = await translatorFor(chosen, "common");
  const { t: trustT } = await translatorFor(chosen, "trust");
  const dateFormat = dateTimeFormat(chosen === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: report.programme.timeZone });
  const shortDate = dateTimeFormat(chosen === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "short", timeZone: report.programme.timeZone });
  const numberFormat = new Intl.NumberFormat(chosen === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 });
  const num = (value: number | null) => (value === null ? "–" : numberFormat.format(value));
  const day = (iso: string) => dateFormat.format(new Date(`${iso}T12:00:00Z`));
  const topicName = (topic: { key: string | null; name: string | null } | null) =>
    topic ? (topic.key ? common(`topics.${topic.key}` as "topics.POVERTY") : (topic.name ?? "")) : t("noTopic");

  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `${t("title")} ${report.programme.name}`, Author: "Allies" }, lang: chosen });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(60);
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor("#0f172a").text(text, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string) => doc.font("Helvetica").fontSize(10).fillColor("#0f172a").text(text, left, doc.y, { width });
  const table = (headers: string[], rows: Cell[][]) => {
    const first = width * 0.34;
    const rest = (width - first) / Math.max(1, headers.length - 1);
    const x = (i: number) => (i === 0 ? left : left + first + (i - 1) * rest);
    const w = (i: number) => (i === 0 ? first : rest);
    const row = (cells: Cell[], bold: boolean) => {
      ensure(18);
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9).fillColor("#0f172a");
      let height = 0;
      cells.forEach((cell, i) => {
        doc.text(String(cell), x(i), y, { width: w(i) - 4, align: i === 0 ? "left" : "right" });
        height = Math.max(height, doc.y - y);
      });
      doc.y = y + height + 3;
      doc.moveTo(left, doc.y - 1.5).lineTo(left + width, doc.y - 1.5).lineWidth(0.3).strokeColor("#cbd5e1").stroke();
    };
    row(headers, true);
    for (const cells of rows) row(cells, false);
    doc.x = left;
  };

  // Title
  doc.font("Helvetica-Bold").fontSize(18).fillColor("#0f172a").text(t("heading", { programme: report.programme.name }), { width });
  doc.moveDown(0.3);
  paragraph(t("intro", { neighbourhood: report.programme.neighbourhood, municipality: report.programme.municipality, from: day(report.period.from), to: day(report.period.to) }));
  doc.moveDown(0.3);
  doc.font("Helvetica-Oblique").fontSize(9).fillColor("#334155").text(t("privacy"), { width });

  heading(t("dinnersTitle"));
  paragraph(t("dinnersHeld", { held: report.dinners.held, target: report.dinners.target }));
  paragraph(`${t("cancelled")}: ${report.dinners.cancelled} · ${t("planned")}: ${report.dinners.planned}`);

  heading(t("attendanceTitle"));
  table(
    [t("party"), t("attendances"), t("perDinner"), t("dinnersWithParty")],
    report.attendance.map((a) => [common(`parties.${a.party}`), a.attendances, num(a.perDinner), a.dinnersWithParty]),
  );

  heading(t("topicsTitle"));
  if (report.topicsDiscussed.length === 0) paragraph(t("none"));
  else table([t("topic"), t("agendaItems"), t("dinners")], report.topicsDiscussed.map((row) => [topicName(row.topic), row.items, row.dinners]));

  heading(t("actionsTitle"));
  const actionHeaders = [t("agreed"), t("done"), t("dropped"), t("open"), t("medianDays")];
  const actionCells = (f: { agreed: number; done: number; dropped: number; open: number; medianDaysToDone: number | null }) => [f.agreed, f.done, f.dropped, f.open, num(f.medianDaysToDone)];
  doc.font("Helvetica-Bold").fontSize(10).text(t("actionsByParty"));
  table([t("lead"), ...actionHeaders], [...report.actions.byParty.map((row) => [common(`parties.${row.lead}`), ...actionCells(row)]), [t("total"), ...actionCells(report.actions.totals)]]);
  doc.moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(10).text(t("actionsByTopic"));
  if (report.actions.byTopic.length === 0) paragraph(t("none"));
  else table([t("topic"), ...actionHeaders], report.actions.byTopic.map((row) => [topicName(row.topic), ...actionCells(row)]));

  heading(t("trustTitle"));
  doc.font("Helvetica").fontSize(9).fillColor("#334155").text(trustT("trendHint", { threshold: trustThreshold }), { width });
  doc.moveDown(0.4);
  const points = report.trust.points.filter((p) => trustStatements.some((s) => p.overall.mean[s] !== null));
  if (points.length === 0) paragraph(trustT("trendEmpty"));
  for (const statement of points.length ? trustStatements : []) {
    ensure(190);
    doc.font("Helvetica-Bold").fontSize(10).fillColor("#0f172a").text(trustT(`short.${statement}`), left, doc.y, { width });
    // The chart: means 1-5 per dinner, everyone (solid) and parties (dashed).
    const chartTop = doc.y + 4;
    const chartHeight = 90;
    const chartLeft = left + 20;
    const chartWidth = width * 0.55;
    const px = (i: number) => chartLeft + (points.length <= 1 ? chartWidth / 2 : (i / (points.length - 1)) * chartWidth);
    const py = (v: number) => chartTop + ((5 - v) / 4) * chartHeight;
    doc.font("Helvetica").fontSize(7).fillColor("#334155");
    for (let v = 1; v <= 5; v++) {
      doc.moveTo(chartLeft, py(v)).lineTo(chartLeft + chartWidth, py(v)).lineWidth(0.3).strokeColor("#e2e8f0").stroke();
      doc.text(String(v), left, py(v) - 3, { width: 14, align: "right", lineBreak: false });
    }
    points.forEach((p, i) => doc.text(shortDate.format(p.startsAt), px(i) - 20, chartTop + chartHeight + 4, { width: 40, align: "center", lineBreak: false }));
    const series = [{ key: "overall" as const, values: points.map((p) => p.overall.mean[statement]) }, ...trustParties.map((party) => ({ key: party, values: points.map((p) => p.byParty[party].mean[statement]) }))];
    for (const s of series) {
      doc.save().lineWidth(1.6).strokeColor(colors[s.key]).fillColor(colors[s.key]);
      if (s.key !== "overall") doc.dash(3, { space: 2 });
      let previous: [number, number] | null = null;
      s.values.forEach((v, i) => {
        if (v === null) {
          previous = null;
          return;
        }
        const here: [number, number] = [px(i), py(v)];
        if (previous) doc.moveTo(previous[0], previous[1]).lineTo(here[0], here[1]).stroke();
        previous = here;
      });
      doc.undash();
      s.values.forEach((v, i) => v !== null && doc.circle(px(i), py(v), 2.2).fill());
      doc.restore();
    }
    // Legend beside the chart.
    let legendY = chartTop;
    for (const s of series) {
      if (!s.values.some((v) => v !== null)) continue;
      doc.rect(chartLeft + chartWidth + 16, legendY + 2, 10, 3).fill(colors[s.key]);
      doc.font("Helvetica").fontSize(8).fillColor("#0f172a").text(s.key === "overall" ? trustT("overall") : common(`parties.${s.key}`), chartLeft + chartWidth + 30, legendY, { lineBreak: false });
      legendY += 12;
    }
    doc.y = chartTop + chartHeight + 18;
    doc.x = left;
    table(
      [trustT("dinner"), trustT("answersCount"), trustT("overall"), ...trustParties.map((p) => common(`parties.${p}`))],
      points.map((p) => [shortDate.format(p.startsAt), p.overall.answers, num(p.overall.mean[statement]), ...trustParties.map((party) => num(p.byParty[party].mean[statement]))]),
    );
    doc.moveDown(0.6);
  }

  heading(t("risksTitle"));
  for (const [label, counts] of [[t("signals"), report.signals], [t("incidents"), report.incidents]] as const) {
    doc.font("Helvetica-Bold").fontSize(10).fillColor("#0f172a").text(label, left, doc.y, { width });
    if (counts === null) paragraph(t("notAvailable"));
    else if (counts.length === 0) paragraph(t("none"));
    else table([t("topic"), t("level"), t("count")], counts.map((c) => [c.topic ? topicName(c.topic) : t("noTopic"), c.level, c.count]));
    doc.moveDown(0.4);
  }

  doc.moveDown(1);
  doc.font("Helvetica").fontSize(8).fillColor("#334155").text(t("generated", { date: dateFormat.format(now) }), left, doc.y, { width });
  doc.end();
  return done;
}

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/follow-up/bar-chart";
import { FiguresTable } from "@/components/page/figures-table";
import { html } from "@/components/page/markup";
import { TrustLineChart } from "@/components/trust/trust-line-chart";

// Figures are prepared as strings (decision 026): text a member typed must stay text.
const typed = `<img src=x onerror="alert(1)"> Tom & Jerry's`;
const escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Tom &amp; Jerry&#39;s";

describe("prepared markup", () => {
  it("escapes every value, keeps the template and nested html as they are, and leaves out nothing-values", () => {
    const inner = html`<b>${typed}</b>`;
    expect(html`<p title="${typed}">${inner}${[html`<i>1</i>`, 2, null, undefined, false]}</p>`.__html).toBe(`<p title="${escaped}"><b>${escaped}</b><i>1</i>2</p>`);
  });

  it("a figures table: a caption, column headers, one row header per row, typed names escaped", () => {
    const markup = renderToStaticMarkup(FiguresTable({ id: "t", caption: "By topic", headers: ["Topic", "Total", "Done"], rows: [[typed, 3, "67 %"]] }));
    expect(markup).toBe(
      `<div role="region" aria-labelledby="t-caption" tabindex="0" class="max-w-full overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-blue-800 print:overflow-visible">` +
        `<table class="w-full border-collapse text-sm"><caption id="t-caption" class="text-left text-sm font-medium text-slate-700">By topic</caption>` +
        `<thead><tr class="border-b border-slate-300"><th scope="col" class="cell-col">Topic</th><th scope="col" class="cell-col-num">Total</th><th scope="col" class="cell-col-num">Done</th></tr></thead>` +
        `<tbody><tr class="border-b border-slate-200 break-inside-avoid"><th scope="row" class="cell-row">${escaped}</th><td class="cell-num">3</td><td class="cell-num">67 %</td></tr></tbody></table></div>`,
    );
  });

  it("the charts: one image with its title and summary, bars and lines drawn to scale, typed labels escaped", () => {
    const bars = renderToStaticMarkup(
      BarChart({ id: "b", title: "Actions", summary: typed, series: [{ key: "done", label: "Done", color: "#15803d" }, { key: "open", label: "Open", color: "#1d4ed8" }], rows: [{ label: typed, values: { done: 1, open: 3 }, valueText: "4" }, { label: "Police", values: { done: 2, open: 0 }, valueText: "2" }] }),
    );
    expect(bars).toContain(`role="img" aria-labelledby="b-title b-desc"`);
    expect(bars).toContain(`<title id="b-title">Actions</title><desc id="b-desc">${escaped}</desc>`);
    expect(bars).toContain(`<text x="0" y="14" font-size="13" fill="#0f172a">${escaped}</text>`);
    // The longest row fills the width (320): 1 done + 3 open; the second row's 2 done is half.
    expect(bars).toContain(`<rect x="0" y="20" width="80" height="16" fill="#15803d"/><rect x="80" y="20" width="240" height="16" fill="#1d4ed8"/>`);
    expect(bars).toContain(`<rect x="0" y="64" width="160" height="16" fill="#15803d"/>`);
    expect(bars).not.toContain("<img");

    const lines = renderToStaticMarkup(TrustLineChart({ id: "l", title: "Trust", summary: "3 dinners", labels: ["Feb 2", typed, "Sep 1"], series: [{ key: "overall", label: "Everyone", color: "#0f172a", values: [5, null, 1] }, { key: "POLICE", label: "Police", color: "#1d4ed8", dash: "5 3", values: [3, 3, null] }] }));
    // A missing value leaves a gap: two separate single-point paths, and no circle for it.
    expect(lines).toContain(`<path d="M22,8" fill="none" stroke="#0f172a" stroke-width="2.5"/><path d="M312,128" fill="none" stroke="#0f172a" stroke-width="2.5"/>`);
    expect(lines).toContain(`<path d="M22,68 L167,68" fill="none" stroke="#1d4ed8" stroke-width="2.5" stroke-dasharray="5 3"/>`);
    expect(lines.match(/<circle /g)).toHaveLength(4);
    expect(lines).toContain(`text-anchor="middle">${escaped}</text>`);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/follow-up/bar-chart";
import { selectMarkup } from "@/components/forms/get-form-select";
import { HiddenFields } from "@/components/forms/hidden-fields";
import { figuresTable } from "@/components/page/figures-table";
import { html, phoneLink } from "@/components/page/markup";
import { Section } from "@/components/page/section";
import { trustLineChart } from "@/components/trust/trust-line-chart";

// Figures are prepared as strings (decision 026): text a member typed must stay text.
const typed = `<img src=x onerror="alert(1)"> Tom & Jerry's`;
const escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Tom &amp; Jerry&#39;s";

describe("prepared markup", () => {
  it("escapes every value, keeps the template and nested html as they are, and leaves out nothing-values", () => {
    const inner = html`<b>${typed}</b>`;
    expect(html`<p title="${typed}">${inner}${[html`<i>1</i>`, 2, null, undefined, false]}</p>`.__html).toBe(`<p title="${escaped}"><b>${escaped}</b><i>1</i>2</p>`);
  });

  it("a phone number: a link that dials its digits, the number shown as written and escaped", () => {
    expect(phoneLink("+31 6 1234-0002").__html).toBe(`<a href="tel:+31612340002">+31 6 1234-0002</a>`);
    expect(phoneLink(`06 "12" <34>`).__html).toBe(`<a href="tel:061234">06 &quot;12&quot; &lt;34&gt;</a>`);
  });

  it("a figures table: a caption, column headers, one row header per row, typed names escaped", () => {
    const markup = figuresTable({ id: "t", caption: "By topic", headers: ["Topic", "Total", "Done"], rows: [[typed, 3, "67 %"]] }).__html;
    expect(markup).toBe(
      `<div role="region" aria-labelledby="t-caption" tabindex="0" class="figures-region"><table class="figures"><caption id="t-caption">By topic</caption>` +
        `<thead><tr><th scope="col">Topic</th><th scope="col">Total</th><th scope="col">Done</th></tr></thead>` +
        `<tbody><tr><th scope="row">${escaped}</th><td>3</td><td>67 %</td></tr></tbody></table></div>`,
    );
  });

  it("the charts: one image with its title and summary, bars and lines drawn to scale, typed labels escaped", () => {
    const bars = renderToStaticMarkup(
      BarChart({ id: "b", title: "Actions", summary: typed, series: [{ key: "done", label: "Done", color: "#15803d" }, { key: "open", label: "Open", color: "#1d4ed8" }], rows: [{ label: typed, values: { done: 1, open: 3 }, valueText: "4" }, { label: "Police", values: { done: 2, open: 0 }, valueText: "2" }] }),
    );
    expect(bars).toContain(`role="img" aria-labelledby="b-title b-desc"`);
    expect(bars).toContain(`<title id="b-title">Actions</title><desc id="b-desc">${escaped}</desc>`);
    // The labels' size and colour are the drawing's, inherited by each label.
    expect(bars).toContain(`font-size="13" fill="#0f172a"`);
    expect(bars).toContain(`<text x="0" y="14">${escaped}</text>`);
    // The longest row fills the width (320): 1 done + 3 open; the second row's 2 done is half.
    expect(bars).toContain(`<rect x="0" y="20" width="80" height="16" fill="#15803d"/><rect x="80" y="20" width="240" height="16" fill="#1d4ed8"/>`);
    expect(bars).toContain(`<rect x="0" y="64" width="160" height="16" fill="#15803d"/>`);
    expect(bars).not.toContain("<img");
    expect(bars).toContain(
      `<figcaption><ul class="flex flex-wrap gap-x-4 gap-y-1 text-sm"><li class="flex items-center gap-1"><span class="inline-block size-3 rounded-sm" style="background-color:#15803d"></span>Done</li>`,
    );

    const lines = trustLineChart({ id: "l", title: "Trust", summary: "3 dinners", labels: ["Feb 2", typed, "Sep 1"], series: [{ key: "overall", label: "Everyone", color: "#0f172a", values: [5, null, 1] }, { key: "POLICE", label: "Police", color: "#1d4ed8", dash: "5 3", values: [3, 3, null] }] }).__html;
    expect(lines).toContain(`role="img" aria-labelledby="l-title l-desc"`);
    expect(lines).toContain(`<title id="l-title">Trust</title><desc id="l-desc">3 dinners</desc>`);
    // The grid: one line per level of the 1-5 scale, from the left axis to the right edge.
    expect(lines).toContain(`<path d="M22,128H312M22,98H312M22,68H312M22,38H312M22,8H312" class="chart-grid"/>`);
    // A missing value leaves a gap: two separate single-point segments, and no dot for it.
    expect(lines).toContain(`<path d="M22,8M312,128" class="chart-line" stroke="#0f172a"/><path d="M22,8h0M312,128h0" class="chart-dots" stroke="#0f172a"/>`);
    expect(lines).toContain(`<path d="M22,68L167,68" class="chart-line" stroke="#1d4ed8" stroke-dasharray="5 3"/><path d="M22,68h0M167,68h0" class="chart-dots" stroke="#1d4ed8"/>`);
    expect(lines).toContain(`<text x="167" y="144" class="chart-x">${escaped}</text>`);
    expect(lines).toContain(`<span class="inline-block h-1 w-4 rounded-sm" style="background-color:#1d4ed8"></span>Police</li>`);
    expect(lines).not.toContain("<img");
  });

  it("a section's heading and hint, hidden fields and a GET form's select: typed values escaped", () => {
    expect(renderToStaticMarkup(Section({ id: "s", title: typed, hint: typed, children: "…" }))).toBe(
      `<section aria-labelledby="s" class="flex flex-col gap-3 min-w-0"><div class="flex flex-col gap-1"><h2 id="s" class="text-lg font-semibold">${escaped}</h2><p class="text-sm text-slate-700">${escaped}</p></div>…</section>`,
    );
    expect(renderToStaticMarkup(HiddenFields({ values: { programmeId: "p1", note: typed, version: 3, gone: null, unset: undefined } }))).toBe(
      `<div hidden=""><input type="hidden" name="programmeId" value="p1"><input type="hidden" name="note" value="${escaped}"><input type="hidden" name="version" value="3"></div>`,
    );
    expect(selectMarkup({ id: "f", label: "Owner", name: "owner", value: "b", options: [{ value: "", label: "Any" }, { value: "a", label: typed }, { value: "b", label: "Noah" }] }).__html).toBe(
      `<div class="flex min-w-0 flex-col gap-1"><label for="f" class="font-medium">Owner</label><select id="f" name="owner" class="min-h-11 w-full max-w-full rounded-lg border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700">` +
        `<option value="">Any</option><option value="a">${escaped}</option><option value="b" selected>Noah</option></select></div>`,
    );
  });
});

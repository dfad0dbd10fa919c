import { html, type Markup } from "@/components/page/markup";

// A small line chart of means on the 1-5 scale across dinners, drawn as inline SVG on the
// server (no chart library, no client JavaScript). One image for assistive technology
// (role="img", title and summary); the numbers are always in a table beside it. Missing
// values (below the anonymity threshold) leave gaps. Prepared markup (components/page/markup.ts)
// and short: the grid is one path, each series a line and one path of dots (round caps on
// zero-length segments), the rest of the drawing's style in app/globals.css (.chart-*).

export type TrendSeries = { key: string; label: string; color: string; dash?: string; values: (number | null)[] };

const width = 320;
const height = 150;
const left = 22;
const right = 8;
const top = 8;
const bottom = 22;

export function trustLineChart({ id, title, summary, labels, series }: { id: string; title: string; summary: string; labels: string[]; series: TrendSeries[] }): Markup {
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  // Rounded to a tenth of a unit: what the eye can see, and short in the page (issue 10).
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = (index: number) => round(left + (labels.length <= 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth));
  const y = (value: number) => round(top + ((5 - value) / 4) * plotHeight);
  const levels = [1, 2, 3, 4, 5];
  const grid = levels.map((v) => `M${left},${y(v)}H${width - right}`).join("");
  const drawing = html`<title id="${id}-title">${title}</title><desc id="${id}-desc">${summary}</desc><path d="${grid}" class="chart-grid"/>${levels.map(
    (v) => html`<text x="${left - 6}" y="${y(v) + 4}" class="chart-y">${v}</text>`,
  )}${labels.map((label, index) => html`<text x="${x(index)}" y="${height - 6}" class="chart-x">${label}</text>`)}${series.map((s) => {
    const segments: string[] = [];
    let current = "";
    s.values.forEach((value, index) => {
      if (value === null) {
        if (current) segments.push(current);
        current = "";
        return;
      }
      current += `${current ? "L" : "M"}${x(index)},${y(value)}`;
    });
    if (current) segments.push(current);
    const dots = s.values.map((value, index) => (value === null ? "" : `M${x(index)},${y(value)}h0`)).join("");
    const dash = s.dash ? html` stroke-dasharray="${s.dash}"` : "";
    return html`<path d="${segments.join("")}" class="chart-line" stroke="${s.color}"${dash}/><path d="${dots}" class="chart-dots" stroke="${s.color}"/>`;
  })}`;
  return html`<figure class="flex flex-col gap-2"><svg viewBox="0 0 ${width} ${height}" class="h-auto w-full max-w-md" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">${drawing}</svg><figcaption><ul class="flex flex-wrap gap-x-4 gap-y-1 text-sm">${series.map(
    (s) => html`<li class="flex items-center gap-1"><span class="inline-block h-1 w-4 rounded-sm" style="background-color:${s.color}"></span>${s.label}</li>`,
  )}</ul></figcaption></figure>`;
}

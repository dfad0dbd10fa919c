import { html } from "@/components/page/markup";

// A small horizontal (stacked) bar chart drawn as inline SVG on the server: no chart
// library, no client JavaScript. The picture is one image for assistive technology
// (role="img" with a title and a text summary); the numbers are always in a table too.
// The drawing and its legend are prepared as one string each (components/page/markup.ts).

export type ChartSeries = { key: string; label: string; color: string };
export type ChartRow = { label: string; values: Record<string, number>; valueText: string };

const width = 320;
const rowHeight = 44;
const barHeight = 16;

export function BarChart({ id, title, summary, series, rows }: { id: string; title: string; summary: string; series: ChartSeries[]; rows: ChartRow[] }) {
  const totalOf = (row: ChartRow) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const max = Math.max(1, ...rows.map(totalOf));
  const height = rows.length * rowHeight + 4;
  // Rounded to a tenth of a unit: what the eye can see, and short in the page (issue 10).
  const round = (n: number) => Math.round(n * 10) / 10;
  const drawing = html`<title id="${id}-title">${title}</title><desc id="${id}-desc">${summary}</desc>${rows.map((row, index) => {
    const y = index * rowHeight;
    let x = 0;
    const bars = series.map((s) => {
      const value = row.values[s.key] ?? 0;
      if (value <= 0) return null;
      const w = (value / max) * width;
      const bar = html`<rect x="${round(x)}" y="${y + 20}" width="${round(w)}" height="${barHeight}" fill="${s.color}"/>`;
      x += w;
      return bar;
    });
    return html`<g><text x="0" y="${y + 14}">${row.label}</text><text x="${width}" y="${y + 14}" text-anchor="end" font-weight="600">${row.valueText}</text><rect x="0" y="${y + 20}" width="${width}" height="${barHeight}" fill="#f1f5f9" rx="3"/>${bars}</g>`;
  })}`;
  const legend = html`<ul class="flex flex-wrap gap-x-4 gap-y-1 text-sm">${series.map(
    (s) => html`<li class="flex items-center gap-1"><span class="inline-block size-3 rounded-sm" style="background-color:${s.color}"></span>${s.label}</li>`,
  )}</ul>`;
  return (
    <figure className="flex flex-col gap-2">
      {/* The labels' size and colour once, inherited by every <text>, not repeated per row. */}
      <svg viewBox={`0 0 ${width} ${height}`} fontSize={13} fill="#0f172a" className="h-auto w-full max-w-md" role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet" dangerouslySetInnerHTML={drawing} />
      {series.length > 1 && <figcaption dangerouslySetInnerHTML={legend} />}
    </figure>
  );
}

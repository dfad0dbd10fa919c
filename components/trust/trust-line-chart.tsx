import { html } from "@/components/page/markup";

// A small line chart of means on the 1-5 scale across dinners, drawn as inline SVG on the
// server (no chart library, no client JavaScript). One image for assistive technology
// (role="img", title and summary); the numbers are always in a table beside it. Missing
// values (below the anonymity threshold) leave gaps. The drawing is prepared as one string
// (components/page/markup.ts).

export type TrendSeries = { key: string; label: string; color: string; dash?: string; values: (number | null)[] };

const width = 320;
const height = 150;
const left = 22;
const right = 8;
const top = 8;
const bottom = 22;

export function TrustLineChart({ id, title, summary, labels, series }: { id: string; title: string; summary: string; labels: string[]; series: TrendSeries[] }) {
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  // Rounded to a tenth of a unit: what the eye can see, and short in the page (issue 10).
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = (index: number) => round(left + (labels.length <= 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth));
  const y = (value: number) => round(top + ((5 - value) / 4) * plotHeight);
  const drawing = html`<title id="${id}-title">${title}</title><desc id="${id}-desc">${summary}</desc>${[1, 2, 3, 4, 5].map(
    (v) => html`<g><line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" class="chart-grid"/><text x="${left - 6}" y="${y(v) + 4}" font-size="11" class="chart-axis" text-anchor="end">${v}</text></g>`,
  )}${labels.map((label, index) => html`<text x="${x(index)}" y="${height - 6}" font-size="10" class="chart-axis" text-anchor="middle">${label}</text>`)}${series.map((s) => {
    const segments: string[] = [];
    let current = "";
    s.values.forEach((value, index) => {
      if (value === null) {
        if (current) segments.push(current);
        current = "";
        return;
      }
      current += `${current ? " L" : "M"}${x(index)},${y(value)}`;
    });
    if (current) segments.push(current);
    const dash = s.dash ? html` stroke-dasharray="${s.dash}"` : "";
    return html`<g>${segments.map((d) => html`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${dash}/>`)}${s.values.map((value, index) =>
      value === null ? null : html`<circle cx="${x(index)}" cy="${y(value)}" r="3.5" fill="${s.color}"/>`,
    )}</g>`;
  })}`;
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-md" role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet" dangerouslySetInnerHTML={drawing} />
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <span className="inline-block h-1 w-4 rounded-sm" style={{ backgroundColor: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

import { html, type Markup } from "./markup";

export type FiguresRow = (string | number)[];
type Figures = { id: string; caption: string; headers: string[]; rows: FiguresRow[] };

// Figures as a real table: the first column names each row (a party, a topic, a dinner),
// the others are numbers. It scrolls sideways inside its own focusable region on a narrow
// phone, so the page itself never does, and prints whole. Prepared as one string (./markup.ts),
// its cells styled from the table (.figures in app/globals.css): the follow-up dashboard and
// the council report show a hundred and more cells. Pages whose figures are prepared markup
// as a whole (the council report, the trust trend) put figuresTable() in theirs.
export function figuresTable({ id, caption, headers, rows }: Figures): Markup {
  return html`<div role="region" aria-labelledby="${id}-caption" tabindex="0" class="figures-region"><table class="figures"><caption id="${id}-caption">${caption}</caption><thead><tr>${headers.map(
    (header) => html`<th scope="col">${header}</th>`,
  )}</tr></thead><tbody>${rows.map(([label, ...cells]) => html`<tr><th scope="row">${label}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody></table></div>`;
}

export function FiguresTable(figures: Figures) {
  return <div className="contents" dangerouslySetInnerHTML={figuresTable(figures)} />;
}

import { html } from "./markup";

export type FiguresRow = (string | number)[];

// Figures as a real table: the first column names each row (a party, a topic, a dinner),
// the others are numbers. It scrolls sideways inside its own focusable region on a narrow
// phone, so the page itself never does, and prints whole. Prepared as one string (./markup.ts):
// the follow-up dashboard and the council report show a hundred and more cells.
export function FiguresTable({ id, caption, headers, rows }: { id: string; caption: string; headers: string[]; rows: FiguresRow[] }) {
  const table = html`<table class="w-full border-collapse text-sm"><caption id="${id}-caption" class="text-left text-sm font-medium text-slate-700">${caption}</caption><thead><tr class="border-b border-slate-300">${headers.map(
    (header, index) => html`<th scope="col" class="${index === 0 ? "cell-col" : "cell-col-num"}">${header}</th>`,
  )}</tr></thead><tbody>${rows.map(
    ([label, ...cells]) => html`<tr class="border-b border-slate-200 break-inside-avoid"><th scope="row" class="cell-row">${label}</th>${cells.map((cell) => html`<td class="cell-num">${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-blue-800 print:overflow-visible"
      dangerouslySetInnerHTML={table}
    />
  );
}

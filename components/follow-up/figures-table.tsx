// The numbers behind a follow-up chart, as a real table. It scrolls sideways inside its
// own focusable region on a narrow phone, so the page itself never does.

type Texts = { total: string; open: string; overdue: string; done: string; dropped: string; completionRate: string; medianDaysToDone: string };

export function FiguresTable({ id, caption, first, texts, rows }: { id: string; caption: string; first: string; texts: Texts; rows: { label: string; cells: string[] }[] }) {
  const headers = [texts.total, texts.open, texts.overdue, texts.done, texts.dropped, texts.completionRate, texts.medianDaysToDone];
  return (
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="max-w-full overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-blue-800">
      <table className="w-full border-collapse text-sm">
        <caption id={`${id}-caption`} className="text-left text-sm font-medium text-slate-700">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="cell-col">
              {first}
            </th>
            {headers.map((header) => (
              <th key={header} scope="col" className="cell-col-num font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-slate-200">
              <th scope="row" className="cell-row">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className="cell-num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

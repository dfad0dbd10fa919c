// CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark so
// Excel reads accents correctly, and a guard against formula injection: a cell starting
// with = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so a
// spreadsheet shows it as text instead of running it.

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n;]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

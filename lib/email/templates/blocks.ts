// The structured content of an e-mail. Templates say what to show; render-text.ts and
// render-html.ts say how, so the plain text and the HTML version never drift apart.
// Every string here is plain text (member-written text included): only render-html.ts
// turns it into markup, escaping it on the way.
export type EmailLink = { label: string; url: string };

export type EmailBlock =
  | { kind: "paragraph"; text: string }
  // Member-written text set apart from ours, such as an action's title.
  | { kind: "quote"; text: string }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  | { kind: "list"; items: string[] }
  | { kind: "links"; links: EmailLink[] }
  | { kind: "smallPrint"; text: string };

export const paragraph = (text: string): EmailBlock => ({ kind: "paragraph", text });
export const quote = (text: string): EmailBlock => ({ kind: "quote", text });
export const facts = (...rows: ({ label: string; value: string } | null)[]): EmailBlock => ({
  kind: "facts",
  rows: rows.filter((row): row is { label: string; value: string } => Boolean(row)),
});
export const list = (items: string[]): EmailBlock => ({ kind: "list", items });
export const links = (...items: EmailLink[]): EmailBlock => ({ kind: "links", links: items });
export const smallPrint = (text: string): EmailBlock => ({ kind: "smallPrint", text });

import type { EmailBlock } from "./blocks";

// The plain-text version: what the development outbox prints and text-only clients show.
// Links are written out in full, since nothing is clickable behind a label here.
export function renderEmailText(blocks: EmailBlock[]): string {
  return blocks.map(textOf).join("\n\n");
}

function textOf(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
    case "smallPrint":
      return block.text;
    case "quote":
      return block.text.split("\n").map((line) => `  ${line}`).join("\n");
    case "facts":
      return block.rows.map((row) => `${row.label}: ${row.value}`).join("\n");
    case "list":
      return block.items.map((item) => `- ${item}`).join("\n");
    case "links":
      return block.links.map((link) => `${link.label}: ${link.url}`).join("\n");
  }
}

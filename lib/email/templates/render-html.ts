import type { AppLocale } from "@/lib/i18n/locales";
import type { EmailBlock } from "./blocks";

// The HTML version: one column, system fonts, inline styles (mail clients drop <style>
// and block external files), no images. Every text is escaped here and only here.
const linkStyle = "color:#1d4ed8;text-decoration:underline;font-weight:bold;";
const paragraphStyle = "margin:0 0 16px;";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// Member text may hold line breaks (guest notes); they survive as <br>.
function lines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>");
}

// Only web links become links; anything else is shown as text, never as a javascript: href.
function link({ label, url }: { label: string; url: string }): string {
  if (!/^https?:\/\//i.test(url)) return lines(`${label}: ${url}`);
  return `<a href="${escapeHtml(url)}" style="${linkStyle}">${lines(label)}</a>`;
}

function htmlOf(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="${paragraphStyle}">${lines(block.text)}</p>`;
    case "quote":
      return `<blockquote style="margin:0 0 16px;padding:4px 0 4px 12px;border-left:4px solid #9ca3af;font-weight:bold;">${lines(block.text)}</blockquote>`;
    case "facts":
      return `<p style="${paragraphStyle}">${block.rows.map((row) => `<strong>${lines(row.label)}:</strong> ${lines(row.value)}`).join("<br>")}</p>`;
    case "list":
      return `<ul style="margin:0 0 16px;padding-left:24px;">${block.items.map((item) => `<li>${lines(item)}</li>`).join("")}</ul>`;
    case "links":
      return block.links.map((item) => `<p style="${paragraphStyle}">${link(item)}</p>`).join("\n");
    case "smallPrint":
      return `<p style="margin:24px 0 0;font-size:14px;color:#4b5563;">${lines(block.text)}</p>`;
  }
}

export function renderEmailHtml(locale: AppLocale, subject: string, blocks: EmailBlock[]): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}" dir="ltr">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    "</head>",
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="${locale}" style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;">`,
    ...blocks.map(htmlOf),
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
}

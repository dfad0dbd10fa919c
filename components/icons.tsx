import { html, type Markup } from "@/components/page/markup";

// Simple line icons, inline SVG (no icon font, no client code). Decorative: the text beside
// them says what they mean, so they are hidden from screen readers. Drawn as prepared markup
// (components/page/markup.ts): one element for React instead of one per shape.
export const iconNames = ["dinner", "action", "topic", "party", "home", "overview", "members", "menu", "calendar"] as const;
export type IconName = (typeof iconNames)[number];

const paths: Record<IconName, Markup> = {
  // A plate between a fork and a knife.
  dinner: html`<circle cx="12" cy="12" r="5"/><path d="M3 4v5a2 2 0 0 0 2 2v9M5 4v5M7 4v5a2 2 0 0 1-2 2M20 4c-1.5 1-2 3-2 6h2v10"/>`,
  // A ticked box.
  action: html`<rect x="4" y="4" width="16" height="16" rx="3"/><path d="m8.5 12.5 2.5 2.5 5-6"/>`,
  // A speech bubble.
  topic: html`<path d="M5 5h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-8l-4 3v-3H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z"/>`,
  // Three people side by side, as equals.
  party: html`<circle cx="6" cy="9" r="2"/><circle cx="12" cy="8" r="2"/><circle cx="18" cy="9" r="2"/><path d="M3 18c0-2.5 1.5-4 3-4s3 1.5 3 4M9 18c0-3 1.5-5 3-5s3 2 3 5M15 18c0-2.5 1.5-4 3-4s3 1.5 3 4"/>`,
  home: html`<path d="M4 11 12 4l8 7M6 10v10h4v-5h4v5h4V10"/>`,
  overview: html`<rect x="4" y="4" width="7" height="7" rx="1.5"/><rect x="13" y="4" width="7" height="7" rx="1.5"/><rect x="4" y="13" width="7" height="7" rx="1.5"/><rect x="13" y="13" width="7" height="7" rx="1.5"/>`,
  members: html`<circle cx="9" cy="8" r="3"/><path d="M3 20c0-3.5 2.5-6 6-6s6 2.5 6 6M16 5a3 3 0 0 1 0 6M18 14c2 .8 3 3 3 6"/>`,
  menu: html`<path d="M4 7h16M4 12h16M4 17h16"/>`,
  calendar: html`<rect x="4" y="5" width="16" height="15" rx="2"/><path d="M4 10h16M9 3v4M15 3v4"/>`,
};

// Stroke and fill come from the `icon` class (app/globals.css): not repeated on every icon.
export function Icon({ name, className = "size-6" }: { name: IconName; className?: string }) {
  return <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={`icon ${className}`} dangerouslySetInnerHTML={paths[name]} />;
}

// The same icon inside prepared markup (the header's links).
export function iconMarkup(name: IconName, className = "size-6"): Markup {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon ${className}">${paths[name]}</svg>`;
}

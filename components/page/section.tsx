import { cardClass } from "./card";
import { html, type Markup } from "./markup";

// A named part of a page: pages read like a table of contents of Sections.
// `id` names the heading for aria-labelledby; `card` draws it as a panel. The heading and
// its hint are prepared markup (decision 026): one element instead of three, in every
// section of every page; a title with markup of its own comes as html`…`.
export function Section({
  id,
  title,
  hint,
  card = false,
  level = 2,
  children,
}: {
  id: string;
  title: string | Markup;
  hint?: string;
  card?: boolean;
  level?: 2 | 3;
  children: React.ReactNode;
}) {
  const heading = level === 2 ? html`<h2 id="${id}" class="text-lg font-semibold">${title}</h2>` : html`<h3 id="${id}" class="text-lg font-semibold">${title}</h3>`;
  return (
    <section aria-labelledby={id} className={`flex flex-col gap-3 ${card ? cardClass : "min-w-0"}`}>
      <div className="flex flex-col gap-1" dangerouslySetInnerHTML={html`${heading}${hint && html`<p class="text-sm text-slate-700">${hint}</p>`}`} />
      {children}
    </section>
  );
}

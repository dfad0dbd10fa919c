import { cardClass } from "./card";

// A named part of a page: pages read like a table of contents of Sections.
// `id` names the heading for aria-labelledby; `card` draws it as a panel.
export function Section({
  id,
  title,
  hint,
  card = false,
  level = 2,
  children,
}: {
  id: string;
  title: React.ReactNode;
  hint?: React.ReactNode;
  card?: boolean;
  level?: 2 | 3;
  children: React.ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={`flex flex-col gap-3 ${card ? cardClass : "min-w-0"}`}>
      <div className="flex flex-col gap-1">
        <Heading id={id} className="text-lg font-semibold">
          {title}
        </Heading>
        {hint && <p className="text-sm text-slate-700">{hint}</p>}
      </div>
      {children}
    </section>
  );
}
